/**
 * Shapes of the public queue API (docs/api-queue.md, "Public"). Declared here, not imported from the
 * server modules, so the floor bundle stays free of zod and Kysely.
 */

/** `GET /api/v1/public/halls/{hallId}/business-types` — one business type 业务类型 at the kiosk. */
export interface PublicBusinessType {
  id: string;
  name: string;
  prefix: string;
  description: string;
  canTakeNow: boolean;
  /** Chinese reason when `canTakeNow` is false (outside hours, cap reached, non-working day). */
  reason: string | null;
  waitingCount: number;
  estimatedWaitMinutes: number;
  bookable: boolean;
}

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled' | 'expired';

/** A ticket as the public routes return it (take at the kiosk, check-in). */
export interface PublicTicket {
  id: string;
  number: string;
  status: TicketStatus;
  aheadCount: number;
  businessTypeId: string;
  businessTypeName: string;
  hallId: string;
  hallName: string;
  serviceDate: string;
  takenAt: string;
  estimatedWaitMinutes: number;
  windowNumber?: string | null;
  /** set on a check-in ticket (预约签到) */
  appointmentCode?: string;
  slotStart?: string;
  slotEnd?: string;
}

export type WindowStatus = 'open' | 'paused' | 'closed';

export interface RecentCall {
  ticketNumber: string;
  windowNumber: string;
  at: string;
}

export interface DisplayWindow {
  id: string;
  number: string;
  name: string;
  status: WindowStatus;
  currentTicket: string | null;
}

export interface DisplayWaiting {
  businessTypeId: string;
  name: string;
  prefix: string;
  waitingCount: number;
}

/** `GET …/queue/display` and the `snapshot` event: numbers only, never names or ID numbers. */
export interface DisplaySnapshot {
  hallId: string;
  hallName: string;
  serviceDate: string;
  recentCalls: RecentCall[];
  windows: DisplayWindow[];
  waiting: DisplayWaiting[];
}

/** `call` event: a window called (or recalled 重呼) a ticket. */
export interface CallEvent {
  ticketId: string;
  ticketNumber: string;
  windowId: string;
  windowNumber: string;
  recall: boolean;
  at: string;
}

/** `window` event: a window's current ticket or status changed. */
export interface WindowEvent {
  windowId: string;
  windowNumber: string;
  status: WindowStatus;
  currentTicket: string | null;
}

/** `waiting` event: a type's waiting count changed. */
export interface WaitingEvent {
  businessTypeId: string;
  waitingCount: number;
}

export type HallEvent =
  | { type: 'snapshot'; data: DisplaySnapshot }
  | { type: 'call'; data: CallEvent }
  | { type: 'window'; data: WindowEvent }
  | { type: 'waiting'; data: WaitingEvent };

export interface ScreenStaff {
  name: string;
  post: string;
  title: string;
  duties: string;
  /** data URL or null */
  photo: string | null;
}

/** `GET /api/v1/public/windows/{windowId}/screen` — the small screen above a window. */
export interface WindowScreen {
  hallId: string;
  hallName: string;
  window: { id: string; number: string; name: string; status: WindowStatus };
  currentTicket: string | null;
  staff: ScreenStaff[];
}

/** `GET /api/v1/public/halls/{hallId}` (only the fields the floor needs). */
export interface FloorHall {
  id: string;
  name: string;
}
