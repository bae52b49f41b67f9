import { isCancelOpen, slotStartInstant } from '../../domain/appointment-rules.js';
import { maskIdNumber, maskName, maskPhone } from '../../domain/mask.js';
import type { AppointmentView, listAppointmentsOfDay } from './repository.js';
import { APPOINTMENT_STATUSES, type PublicAppointment, type StaffAppointment } from './schema.js';

type Status = (typeof APPOINTMENT_STATUSES)[number];
const statusOf = (s: string): Status =>
  (APPOINTMENT_STATUSES as readonly string[]).includes(s) ? (s as Status) : 'booked';

/** A booking as the citizen sees it; `cancelCloseMinutes` decides `canCancel` at `now`. */
export function presentPublicAppointment(
  a: AppointmentView,
  now: string,
  cancelCloseMinutes: number,
): PublicAppointment {
  const status = statusOf(a.status);
  return {
    id: a.id,
    code: a.code,
    hallId: a.hall_id,
    hallName: a.hall_name,
    businessTypeId: a.business_type_id,
    businessTypeName: a.business_type_name,
    date: a.service_date,
    slotStart: a.slot_start,
    slotEnd: a.slot_end,
    status,
    nameMasked: maskName(a.name),
    idNumberMasked: maskIdNumber(a.id_number),
    phoneMasked: maskPhone(a.phone),
    canCancel:
      status === 'booked' && isCancelOpen(slotStartInstant(a.service_date, a.slot_start), now, cancelCloseMinutes),
    createdAt: a.created_at,
  };
}

type StaffRow = Awaited<ReturnType<typeof listAppointmentsOfDay>>[number];

/** A booking in the staff list: personal data masked (PIPL). */
export function presentStaffAppointment(a: StaffRow): StaffAppointment {
  return {
    id: a.id,
    code: a.code,
    businessTypeId: a.business_type_id,
    businessTypeName: a.business_type_name,
    date: a.service_date,
    slotStart: a.slot_start,
    slotEnd: a.slot_end,
    status: statusOf(a.status),
    nameMasked: maskName(a.name),
    idNumberMasked: maskIdNumber(a.id_number),
    phoneMasked: maskPhone(a.phone),
    ticketId: a.ticket_id,
    ticketNumber: a.ticket_number,
    createdAt: a.created_at,
  };
}
