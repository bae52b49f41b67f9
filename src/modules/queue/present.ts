import { maskIdNumber, maskPhone } from '../../domain/mask.js';
import type { TimeRange } from '../../domain/queue-hours.js';
import type { BusinessTypeRow, QueueSettings, StaffTicketRow, TicketRow } from './repository.js';
import type { BusinessType, PublicTicket, StaffTicket } from './schema.js';

/** Rows → API JSON (whitelists; never raw rows). */

/** A ticket as window staff see it: ID number and phone masked. */
export function presentStaffTicket(r: StaffTicketRow): StaffTicket {
  return {
    id: r.id,
    number: r.number,
    status: r.status as StaffTicket['status'],
    businessTypeId: r.business_type_id,
    businessTypeName: r.business_type_name,
    takenAt: r.taken_at,
    calledAt: r.called_at,
    windowId: r.window_id,
    windowNumber: r.window_number,
    priority: r.priority === 1,
    priorityReason: r.priority_reason,
    transferred: r.transferred === 1,
    recallCount: r.recall_count,
    idNumberMasked: maskIdNumber(r.id_number),
    phoneMasked: maskPhone(r.phone),
    appointmentCode: r.appointment_code,
  };
}

/** A ticket as the visitor sees it (kiosk slip, public status page): no personal data at all. */
export function presentPublicTicket(
  t: TicketRow,
  o: {
    businessTypeName: string;
    hallName: string;
    aheadCount: number;
    estimatedWaitMinutes: number;
    windowNumber: string | null;
  },
): PublicTicket {
  return {
    id: t.id,
    number: t.number,
    status: t.status as PublicTicket['status'],
    aheadCount: o.aheadCount,
    businessTypeId: t.business_type_id,
    businessTypeName: o.businessTypeName,
    hallId: t.hall_id,
    hallName: o.hallName,
    serviceDate: t.service_date,
    takenAt: t.taken_at,
    estimatedWaitMinutes: o.estimatedWaitMinutes,
    ...(o.windowNumber !== null ? { windowNumber: o.windowNumber } : {}),
  };
}

export function presentBusinessType(
  t: BusinessTypeRow,
  windows: { windowId: string; windowNumber: string; preferred: boolean }[],
): BusinessType {
  return {
    id: t.id,
    hallId: t.hall_id,
    name: t.name,
    prefix: t.prefix,
    description: t.description,
    dailyCap: t.daily_cap,
    takeHours: JSON.parse(t.take_hours) as TimeRange[],
    avgServiceMinutes: t.avg_service_minutes,
    active: t.active === 1,
    sortOrder: t.sort_order,
    bookable: t.bookable === 1,
    slotMinutes: t.slot_minutes,
    slotCapacity: t.slot_capacity,
    windows: [...windows].sort((a, b) => a.windowNumber.localeCompare(b.windowNumber, 'en', { numeric: true })),
  };
}

export function presentSettings(s: QueueSettings): QueueSettings {
  return { ...s };
}
