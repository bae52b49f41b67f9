/** Fixtures for the staff desk's jsdom tests (only *.test.tsx import this file). */
import type { Me } from '../admin/types';
import type { Floor, QueueStats, StaffTicket, Workbench } from './types';

export const HALL = 'h1';
export const WINDOW = 'w1';

export const STAFF_ME: Me = {
  id: 'u1',
  username: 'county.staff',
  displayName: '李窗口',
  hallId: HALL,
  hallName: '清源县政务服务中心',
  roles: ['window_staff'],
  permissions: ['hall.read', 'org.read', 'catalog.read', 'queue.operate'],
  windowIds: [WINDOW],
  staffId: 's1',
  departmentId: null,
  isDemo: false,
};

export function ticket(over: Partial<StaffTicket> = {}): StaffTicket {
  return {
    id: 't1',
    number: 'A001',
    status: 'called',
    businessTypeId: 'bt-a',
    businessTypeName: '综合业务',
    takenAt: '2026-11-26T01:00:00.000Z',
    calledAt: '2026-11-26T01:12:00.000Z',
    windowId: WINDOW,
    windowNumber: '3',
    priority: false,
    priorityReason: null,
    transferred: false,
    recallCount: 1,
    idNumberMasked: '3501**********123X',
    phoneMasked: '138****5678',
    appointmentCode: null,
    ...over,
  };
}

export function workbench(over: Partial<Workbench> = {}): Workbench {
  return {
    window: { id: WINDOW, number: '3', name: '综合受理', status: 'open' },
    signedIn: true,
    current: ticket(),
    waiting: [
      ticket({ id: 't2', number: 'A002', status: 'waiting', calledAt: null, recallCount: 0, windowId: null }),
      ticket({
        id: 't3',
        number: 'B001',
        status: 'waiting',
        businessTypeId: 'bt-b',
        businessTypeName: '不动产登记',
        calledAt: null,
        recallCount: 0,
        windowId: null,
        priority: true,
        priorityReason: '老年人',
      }),
    ],
    types: [
      { id: 'bt-a', name: '综合业务', prefix: 'A', preferred: true, waitingCount: 1 },
      { id: 'bt-b', name: '不动产登记', prefix: 'B', preferred: false, waitingCount: 1 },
    ],
    today: { served: 12, noShow: 2, transferredOut: 1, called: 15 },
    ...over,
  };
}

export const FLOOR: Floor = {
  serviceDate: '2026-11-26',
  closingAt: '17:30',
  minutesToClosing: 45,
  waitingByType: [
    {
      businessTypeId: 'bt-a',
      name: '综合业务',
      prefix: 'A',
      waiting: 9,
      longestWaitMinutes: 42,
      estimatedMinutesToClear: 60,
    },
    {
      businessTypeId: 'bt-b',
      name: '不动产登记',
      prefix: 'B',
      waiting: 0,
      longestWaitMinutes: 0,
      estimatedMinutesToClear: 0,
    },
  ],
  windows: [
    { id: 'w1', number: '1', name: '综合受理', status: 'open', signedIn: [{ name: '李窗口' }], currentTicket: 'A007' },
    { id: 'w2', number: '2', name: '不动产', status: 'paused', signedIn: [{ name: '王办事' }], currentTicket: null },
    { id: 'w3', number: '3', name: '社保', status: 'open', signedIn: [], currentTicket: null },
  ],
  totals: { waiting: 9, served: 40, noShow: 3 },
  atRisk: 4,
};

export const STATS: QueueStats = {
  from: '2026-11-20',
  to: '2026-11-26',
  byHour: [
    { hour: 8, taken: 5, called: 3 },
    { hour: 9, taken: 12, called: 11 },
    { hour: 10, taken: 8, called: 10 },
  ],
  byType: [
    {
      businessTypeId: 'bt-a',
      name: '综合业务',
      taken: 16,
      served: 13,
      noShow: 2,
      avgWaitMinutes: 12.34,
      avgServiceMinutes: 8.5,
    },
    {
      businessTypeId: 'bt-b',
      name: '不动产登记',
      taken: 9,
      served: 8,
      noShow: 1,
      avgWaitMinutes: 20,
      avgServiceMinutes: 15,
    },
  ],
  byWindow: [
    { windowId: 'w1', number: '1', served: 14, avgServiceMinutes: 9 },
    { windowId: 'w2', number: '2', served: 7, avgServiceMinutes: 14 },
  ],
  byStaff: [
    { userId: 'u1', name: '李窗口', served: 14, avgServiceMinutes: 9 },
    { userId: 'u2', name: '王办事', served: 7, avgServiceMinutes: 14 },
  ],
  noShowRate: 0.12,
  longestWaitMinutes: 47,
};

/** A stand-in EventSource the tests drive by hand (jsdom has none). */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, Set<(e: Event) => void>>();
  constructor(public url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: Event) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(fn);
  }
  removeEventListener(type: string, fn: (e: Event) => void) {
    this.listeners.get(type)?.delete(fn);
  }
  close() {
    this.readyState = 2;
  }
  /** Deliver a server event. */
  emit(type: string, data: unknown) {
    const ev = new MessageEvent(type, { data: JSON.stringify(data) });
    for (const fn of this.listeners.get(type) ?? []) fn(ev);
  }
}
