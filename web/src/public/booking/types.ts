/** Shapes of the public appointment API (docs/api-queue.md, "Appointments"). */

export interface BookingType {
  id: string;
  name: string;
  prefix: string;
  description: string;
  canTakeNow: boolean;
  reason: string | null;
  waitingCount: number;
  estimatedWaitMinutes: number;
  bookable: boolean;
}

export interface Slot {
  start: string;
  end: string;
  capacity: number;
  booked: number;
  available: number;
  /** bookable right now: before the closing time and not full */
  open: boolean;
}

export interface SlotDay {
  date: string;
  slots: Slot[];
}

export interface SlotDays {
  businessTypeId: string;
  days: SlotDay[];
}

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show';

export interface PublicAppointment {
  id: string;
  code: string;
  hallId: string;
  hallName: string;
  businessTypeId: string;
  businessTypeName: string;
  date: string;
  slotStart: string;
  slotEnd: string;
  status: AppointmentStatus;
  nameMasked: string;
  idNumberMasked: string;
  phoneMasked: string;
  canCancel: boolean;
  createdAt: string;
}

export interface BookingForm {
  name: string;
  idNumber: string;
  phone: string;
}
