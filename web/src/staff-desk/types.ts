/** API shapes used by the staff desk, as documented in docs/api-queue.md. */

export type WindowStatus = 'open' | 'paused' | 'closed';
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled' | 'expired';

/** A ticket as window staff see it (ID number and phone masked). */
export interface StaffTicket {
  id: string;
  number: string;
  status: TicketStatus;
  businessTypeId: string;
  businessTypeName: string;
  takenAt: string;
  calledAt: string | null;
  windowId: string | null;
  windowNumber: string | null;
  priority: boolean;
  priorityReason: string | null;
  transferred: boolean;
  recallCount: number;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  appointmentCode: string | null;
}

export interface Workbench {
  window: { id: string; number: string; name: string; status: WindowStatus };
  signedIn: boolean;
  current: StaffTicket | null;
  /** in call order for this window */
  waiting: StaffTicket[];
  types: { id: string; name: string; prefix: string; preferred: boolean; waitingCount: number }[];
  today: { served: number; noShow: number; transferredOut: number; called: number };
}

export interface TakeHours {
  start: string;
  end: string;
}

/** 业务类型: a queue of the hall with its own ticket prefix. */
export interface BusinessType {
  id: string;
  hallId: string;
  name: string;
  prefix: string;
  description: string;
  dailyCap: number;
  takeHours: TakeHours[];
  avgServiceMinutes: number;
  active: boolean;
  sortOrder: number;
  bookable: boolean;
  slotMinutes: number;
  slotCapacity: number;
  windows: { windowId: string; windowNumber: string; preferred: boolean }[];
}

export type BusinessTypeInput = Omit<BusinessType, 'id' | 'hallId' | 'windows'>;

export interface QueueSettings {
  recallLimit: number;
  bookingDays: number;
  bookingCloseMinutes: number;
  cancelCloseMinutes: number;
  noShowAfterMinutes: number;
  noShowBlockCount: number;
  noShowWindowDays: number;
  blockDays: number;
}

/** A window of the hall (org module), as far as the desk needs it. */
export interface DeskWindow {
  id: string;
  hallId: string;
  number: string;
  name: string;
  status: WindowStatus;
}

/** The duty leader's live floor view 现场监控. */
export interface Floor {
  serviceDate: string;
  closingAt: string | null;
  minutesToClosing: number | null;
  waitingByType: {
    businessTypeId: string;
    name: string;
    prefix: string;
    waiting: number;
    longestWaitMinutes: number;
    /** null when no open window serves the type */
    estimatedMinutesToClear: number | null;
  }[];
  windows: {
    id: string;
    number: string;
    name: string;
    status: WindowStatus;
    signedIn: { name: string }[];
    currentTicket: string | null;
  }[];
  totals: { waiting: number; served: number; noShow: number };
  /** waiting tickets unlikely to be served before closing */
  atRisk: number;
}

export interface QueueStats {
  from: string;
  to: string;
  byHour: { hour: number; taken: number; called: number }[];
  byType: {
    businessTypeId: string;
    name: string;
    taken: number;
    served: number;
    noShow: number;
    /** null when nothing was called / finished */
    avgWaitMinutes: number | null;
    avgServiceMinutes: number | null;
  }[];
  byWindow: { windowId: string; number: string; served: number; avgServiceMinutes: number | null }[];
  byStaff: { userId: string; name: string; served: number; avgServiceMinutes: number | null }[];
  /** no-shows ÷ ended tickets, 0..1 */
  noShowRate: number;
  longestWaitMinutes: number | null;
}
