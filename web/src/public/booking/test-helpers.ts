import { vi } from 'vitest';
import { fixtureAnswer } from '../test-fixtures';
import { clearPublicCache } from '../use-public-get';
import type { BookingType, PublicAppointment, SlotDays } from './types';

export const BOOKING_TYPES: BookingType[] = [
  {
    id: 't-a',
    name: '综合受理',
    prefix: 'A',
    description: '个人事项综合受理',
    canTakeNow: true,
    reason: null,
    waitingCount: 6,
    estimatedWaitMinutes: 25,
    bookable: true,
  },
  {
    id: 't-c',
    name: '企业开办',
    prefix: 'C',
    description: '',
    canTakeNow: false,
    reason: '不在取号时间（08:30–11:45）',
    waitingCount: 0,
    estimatedWaitMinutes: 0,
    bookable: false,
  },
];

export const SLOT_DAYS: SlotDays = {
  businessTypeId: 't-a',
  days: [
    {
      date: '2030-01-07',
      slots: [
        { start: '09:00', end: '09:30', capacity: 5, booked: 5, available: 0, open: false },
        { start: '09:30', end: '10:00', capacity: 5, booked: 2, available: 3, open: true },
        { start: '10:00', end: '10:30', capacity: 5, booked: 0, available: 5, open: false },
      ],
    },
    {
      date: '2030-01-08',
      slots: [{ start: '09:00', end: '09:30', capacity: 5, booked: 5, available: 0, open: false }],
    },
  ],
};

export const BOOKED: PublicAppointment = {
  id: 'ap1',
  code: 'K7M2P9QX',
  hallId: 'h-county',
  hallName: '清溪市云岭县行政服务中心',
  businessTypeId: 't-a',
  businessTypeName: '综合受理',
  date: '2030-01-07',
  slotStart: '09:30',
  slotEnd: '10:00',
  status: 'booked',
  nameMasked: '张*',
  idNumberMasked: '110105********002X',
  phoneMasked: '138****8000',
  canCancel: true,
  createdAt: '2030-01-05T02:00:00.000Z',
};

export interface Call {
  method: string;
  url: string;
  body: unknown;
}
export type Route = (method: string, url: string, body: unknown) => { status: number; body?: unknown } | undefined;

export function problemBody(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return { status, body: { type: 'about:blank', title: code, status, code, detail, ...extra } };
}

/** fetch answered by `route` first, then by the public site's fixtures; every call is recorded. */
export function mockBookingApi(route: Route) {
  clearPublicCache();
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      const answer =
        url === '/api/v1/auth/csrf'
          ? { status: 200, body: { csrfToken: '' } }
          : (route(method, url, body) ?? fixtureAnswer(url));
      return new Response(JSON.stringify(answer.body ?? null), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}
