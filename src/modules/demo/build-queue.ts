import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type {
  BusinessTypeTable,
  QueueSettingsTable,
  TicketCounterTable,
  TicketEventTable,
  TicketTable,
  WindowBusinessTypeTable,
} from '../../db/types.js';
import { isWorkingDay, makeCalendar } from '../../domain/calendar.js';
import { addDays } from '../../domain/calendar-date.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import { chinaInstantIso, hhmmMinutes } from '../../domain/china-time.js';
import { formatTicketNumber } from '../../domain/queue-order.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

/**
 * Queue demo data for 东岭县 (hall code DL): eight business types, the windows serving them
 * (preferred or not), queue settings, and the tickets of the last ten working days with their
 * events, simulated window by window so waits and service times are plausible. Nothing for today:
 * today's queue belongs to whoever uses the demo (and the browser tests).
 */

interface TypeSpec {
  prefix: string;
  name: string;
  description: string;
  dailyCap: number;
  avg: number;
  /** share of the day's tickets */
  weight: number;
  preferred: number[];
  others?: number[];
  takeHours?: { start: string; end: string }[];
  bookable?: { slotMinutes: number; slotCapacity: number };
}

const TYPES: TypeSpec[] = [
  {
    prefix: 'A',
    name: '综合受理',
    description: '社会事务类事项“一窗受理、集成服务”',
    dailyCap: 300,
    avg: 12,
    weight: 22,
    preferred: [5, 31],
    others: [2, 3, 4],
  },
  {
    prefix: 'B',
    name: '企业开办',
    description: '营业执照、公章刻制、发票申领、社保登记一次办结',
    dailyCap: 150,
    avg: 20,
    weight: 14,
    preferred: [2, 3, 7],
    others: [8],
  },
  {
    prefix: 'C',
    name: '不动产登记',
    description: '不动产转移、抵押登记及税费同缴（可预约）',
    dailyCap: 120,
    avg: 25,
    weight: 12,
    preferred: [17, 18],
    others: [4, 21],
    bookable: { slotMinutes: 30, slotCapacity: 4 },
  },
  {
    prefix: 'D',
    name: '社保医保',
    description: '社会保险参保登记、社保卡、医保报销',
    dailyCap: 200,
    avg: 10,
    weight: 18,
    preferred: [14, 15, 16],
  },
  {
    prefix: 'E',
    name: '户籍证件',
    description: '户口迁移、居民身份证、出入境证件（可预约）',
    dailyCap: 150,
    avg: 8,
    weight: 14,
    preferred: [11, 12],
    others: [13],
    bookable: { slotMinutes: 30, slotCapacity: 6 },
  },
  {
    prefix: 'F',
    name: '税务办理',
    description: '发票代开、税费申报、涉税咨询',
    dailyCap: 150,
    avg: 15,
    weight: 10,
    preferred: [9, 10],
    others: [17],
  },
  {
    prefix: 'G',
    name: '公积金',
    description: '住房公积金缴存、提取和贷款',
    dailyCap: 80,
    avg: 12,
    weight: 5,
    preferred: [19],
    others: [20],
    takeHours: [
      { start: '08:30', end: '11:30' },
      { start: '14:30', end: '17:00' },
    ],
  },
  {
    prefix: 'H',
    name: '咨询',
    description: '政策咨询、导办和帮办代办',
    dailyCap: 999,
    avg: 5,
    weight: 5,
    preferred: [1],
    others: [6],
  },
];

const PAST_WORKING_DAYS = 10;
const SESSIONS = [
  { start: hhmmMinutes('08:30'), end: hhmmMinutes('12:00') },
  { start: hhmmMinutes('14:30'), end: hhmmMinutes('17:30') },
];

export interface QueueDemo {
  businessTypes: Insertable<BusinessTypeTable>[];
  windowTypes: Insertable<WindowBusinessTypeTable>[];
  settings: Insertable<QueueSettingsTable>[];
  counters: Insertable<TicketCounterTable>[];
  tickets: Insertable<TicketTable>[];
  events: Insertable<TicketEventTable>[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The last `n` working days before `today` (hall calendar as built in), oldest first. */
function pastWorkingDays(today: string, n: number): string[] {
  const cal = makeCalendar([], builtInYear);
  const out: string[] = [];
  for (let d = addDays(today, -1); out.length < n; d = addDays(d, -1)) if (isWorkingDay(cal, d)) out.push(d);
  return out.reverse();
}

/** Build the queue rows of 东岭县 from the already built plan (its hall, windows and demo accounts). */
export function buildQueueDemo(plan: DemoPlan, ctx: SeedContext): QueueDemo {
  const hall = plan.halls.find((h) => h.code === 'DL');
  if (!hall) throw new Error('demo plan has no hall DL');
  const hallId = hall.id;
  const windows = plan.windows.filter((w) => w.hall_id === hallId);
  const byNumber = new Map(windows.map((w) => [Number(w.number), w]));
  const userOfStaff = new Map(plan.users.filter((u) => u.staff_id).map((u) => [u.staff_id as string, u.id]));
  const userAtWindow = new Map<string, string>();
  for (const a of plan.assignments)
    if (a.to_date === null && userOfStaff.has(a.staff_id)) userAtWindow.set(a.window_id, userOfStaff.get(a.staff_id)!);
  const random = mulberry32(20261127);
  const out: QueueDemo = { businessTypes: [], windowTypes: [], settings: [], counters: [], tickets: [], events: [] };

  const types = TYPES.map((spec, i) => {
    const id = newId();
    out.businessTypes.push({
      id,
      hall_id: hallId,
      name: spec.name,
      prefix: spec.prefix,
      description: spec.description,
      daily_cap: spec.dailyCap,
      take_hours: JSON.stringify(spec.takeHours ?? []),
      avg_service_minutes: spec.avg,
      active: 1,
      sort_order: i,
      bookable: spec.bookable ? 1 : 0,
      slot_minutes: spec.bookable?.slotMinutes ?? 30,
      slot_capacity: spec.bookable?.slotCapacity ?? 5,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const open: Record<0 | 1, string[]> = { 0: [], 1: [] };
    for (const [list, preferred] of [
      [spec.preferred, 1],
      [spec.others ?? [], 0],
    ] as const) {
      for (const n of list) {
        const w = byNumber.get(n);
        if (!w) throw new Error(`demo hall DL has no window ${n}`);
        out.windowTypes.push({ hall_id: hallId, window_id: w.id, business_type_id: id, preferred });
        if (w.status === 'open') open[preferred].push(w.id);
      }
    }
    // the history is served by the open preferred windows (the others when none is open)
    const serving = open[1].length > 0 ? open[1] : open[0];
    if (serving.length === 0) throw new Error(`demo type ${spec.prefix} has no open window`);
    const hours = (spec.takeHours ?? []).map((h) => ({ start: hhmmMinutes(h.start), end: hhmmMinutes(h.end) }));
    const takes = (minute: number) => hours.length === 0 || hours.some((h) => minute >= h.start && minute < h.end);
    return { id, spec, serving, takes };
  });
  out.settings.push({
    hall_id: hallId,
    recall_limit: 2,
    booking_days: 5,
    booking_close_minutes: 10,
    cancel_close_minutes: 10,
    no_show_after_minutes: 30,
    no_show_block_count: 3,
    no_show_window_days: 30,
    block_days: 30,
    updated_at: ctx.now,
  });

  const totalWeight = TYPES.reduce((s, t) => s + t.weight, 0);
  const pickType = () => {
    let r = random() * totalWeight;
    for (const t of types) {
      r -= t.spec.weight;
      if (r < 0) return t;
    }
    return types[types.length - 1];
  };
  for (const date of pastWorkingDays(ctx.today, PAST_WORKING_DAYS)) simulateDay(date);
  return out;

  function simulateDay(date: string) {
    const base = Date.parse(chinaInstantIso(date));
    const iso = (minute: number) => new Date(base + Math.round(minute * 60_000)).toISOString();
    const count = 60 + Math.floor(random() * 21);
    // arrivals: busier mornings, crowding after each opening
    const arrivals = Array.from({ length: count }, () => {
      const s = random() < 0.62 ? SESSIONS[0] : SESSIONS[1];
      const minute = s.start + random() ** 2 * (s.end - s.start - 20); // a rush soon after opening
      let type = pickType();
      while (!type.takes(minute)) type = pickType();
      return { minute, type };
    }).sort((a, b) => a.minute - b.minute);
    const freeAt = new Map<string, number>();
    const seqs = new Map<string, number>();
    for (const { minute, type } of arrivals) {
      const seq = (seqs.get(type.id) ?? 0) + 1;
      seqs.set(type.id, seq);
      const id = newId();
      const ev = (action: string, at: number, windowId: string | null, userId: string | null, detail: object) =>
        out.events.push({
          id: newId(),
          hall_id: hallId,
          ticket_id: id,
          at: iso(at),
          action,
          window_id: windowId,
          user_id: userId,
          detail: JSON.stringify({ ip: '10.20.1.15', ...detail }),
        });
      const number = formatTicketNumber(type.spec.prefix, seq);
      // the first window of the type serves; the others step in when the wait there passes ~12 minutes
      const busy = (w: string, i: number) => (freeAt.get(w) ?? 0) + (i === 0 ? 0 : 12);
      const windowId = type.serving.reduce((best, w, i) =>
        busy(w, i) < busy(best, type.serving.indexOf(best)) ? w : best,
      );
      let callAt = Math.max(minute + 1 + random() * 3, freeAt.get(windowId) ?? 0);
      if (callAt >= SESSIONS[0].end && callAt < SESSIONS[1].start) callAt = SESSIONS[1].start + random() * 5;
      const ticket: Insertable<TicketTable> = {
        id,
        hall_id: hallId,
        business_type_id: type.id,
        original_business_type_id: type.id,
        service_date: date,
        seq,
        number,
        status: 'expired',
        source: random() < 0.9 ? 'kiosk' : 'staff',
        id_number: null,
        phone: random() < 0.3 ? ctx.mobile() : null,
        priority: 0,
        priority_reason: null,
        transferred: 0,
        target_window_id: null,
        appointment_id: null,
        slot_start_at: null,
        taken_at: iso(minute),
        called_at: null,
        window_id: null,
        staff_user_id: null,
        recall_count: 0,
        serving_at: null,
        finished_at: null,
        end_reason: null,
        row_version: 1,
        created_at: iso(minute),
        updated_at: iso(minute),
        taken_by_user_id: null,
        taken_ip: '10.20.1.15',
      };
      out.tickets.push(ticket);
      if (callAt >= SESSIONS[1].end - 2) {
        ticket.end_reason = '当日未叫号，闭厅后过期';
        ev('expire', SESSIONS[1].end + 5, null, null, { job: 'end-of-day' });
        continue;
      }
      const userId = userAtWindow.get(windowId) ?? null;
      Object.assign(ticket, { called_at: iso(callAt), window_id: windowId, staff_user_id: userId });
      ev('call', callAt, windowId, userId, { tier: 5 });
      if (random() < 0.08) {
        ev('recall', callAt + 1, windowId, userId, { recallCount: 1 });
        ev('recall', callAt + 2, windowId, userId, { recallCount: 2 });
        ev('no_show', callAt + 3, windowId, userId, { reason: '三次呼叫未到' });
        Object.assign(ticket, {
          status: 'no_show',
          recall_count: 2,
          finished_at: iso(callAt + 3),
          end_reason: '三次呼叫未到',
        });
        freeAt.set(windowId, callAt + 3.5);
        continue;
      }
      const start = callAt + 0.5 + random();
      const done = start + type.spec.avg * (0.6 + random() * 1.2);
      ev('start', start, windowId, userId, {});
      ev('finish', done, windowId, userId, {});
      Object.assign(ticket, { status: 'done', serving_at: iso(start), finished_at: iso(done), updated_at: iso(done) });
      freeAt.set(windowId, done + 0.5);
    }
    for (const [typeId, last] of seqs)
      out.counters.push({ hall_id: hallId, business_type_id: typeId, service_date: date, last_seq: last, waiting: 0 });
  }
}

const CHUNK = 100;

/** Insert the queue demo rows (inside the demo seed's transaction), parents first. */
export async function writeQueueDemo(trx: Db, q: QueueDemo): Promise<void> {
  const chunks = async <R>(rows: R[], insert: (c: R[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
  };
  await chunks(q.businessTypes, (c) => trx.insertInto('business_types').values(c).execute());
  await chunks(q.windowTypes, (c) => trx.insertInto('window_business_types').values(c).execute());
  await chunks(q.settings, (c) => trx.insertInto('queue_settings').values(c).execute());
  await chunks(q.counters, (c) => trx.insertInto('ticket_counters').values(c).execute());
  await chunks(q.tickets, (c) => trx.insertInto('tickets').values(c).execute());
  await chunks(q.events, (c) => trx.insertInto('ticket_events').values(c).execute());
}

export function queueDemoCounts(q: QueueDemo): Record<keyof QueueDemo, number> {
  return {
    businessTypes: q.businessTypes.length,
    windowTypes: q.windowTypes.length,
    settings: q.settings.length,
    counters: q.counters.length,
    tickets: q.tickets.length,
    events: q.events.length,
  };
}
