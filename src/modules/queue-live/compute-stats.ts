import { chinaDate, chinaHour, minutesBetween } from '../../domain/china-time.js';
import type { Stats } from './schema.js';

export interface StatsTicket {
  id: string;
  service_date: string;
  business_type_id: string;
  original_business_type_id: string;
  status: string;
  taken_at: string;
  called_at: string | null;
  finished_at: string | null;
  window_id: string | null;
  staff_user_id: string | null;
}

export interface StatsInput {
  from: string;
  to: string;
  now: Date;
  tickets: StatsTicket[];
  /** first `call` event per ticket (a transferred ticket is called again later; its wait ends at the first call) */
  firstCallAt: Map<string, string>;
  types: { id: string; name: string; active: number }[];
  windows: { id: string; number: string }[];
  staffNames: Map<string, string>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * Queue statistics (排队统计) over service dates `from`–`to`: wait = take → first call, service =
 * (last) call → finish of tickets served (done); hours in Asia/Shanghai. No-show rate = no-shows /
 * (served + no-shows). Longest wait also counts today's tickets still waiting now.
 */
export function computeStats(input: StatsInput): Stats {
  const { tickets, now } = input;
  const today = chinaDate(now);
  const firstCall = (t: StatsTicket) => input.firstCallAt.get(t.id) ?? t.called_at;
  const waitOf = (t: StatsTicket): number | null => {
    const c = firstCall(t);
    if (c) return Math.max(0, minutesBetween(t.taken_at, c));
    return t.status === 'waiting' && t.service_date === today ? Math.max(0, minutesBetween(t.taken_at, now)) : null;
  };
  const serviceOf = (t: StatsTicket): number | null =>
    t.status === 'done' && t.called_at && t.finished_at
      ? Math.max(0, minutesBetween(t.called_at, t.finished_at))
      : null;
  const done = tickets.filter((t) => t.status === 'done');
  const noShows = tickets.filter((t) => t.status === 'no_show');

  const taken = new Map<number, number>();
  const called = new Map<number, number>();
  for (const t of tickets) {
    const h = chinaHour(t.taken_at);
    taken.set(h, (taken.get(h) ?? 0) + 1);
    const c = firstCall(t);
    if (c) called.set(chinaHour(c), (called.get(chinaHour(c)) ?? 0) + 1);
  }
  const hours = [...taken.keys(), ...called.keys()];
  const byHour = [];
  for (let h = Math.min(8, ...hours); h <= Math.max(18, ...hours); h++)
    byHour.push({ hour: h, taken: taken.get(h) ?? 0, called: called.get(h) ?? 0 });

  const used = new Set(tickets.flatMap((t) => [t.business_type_id, t.original_business_type_id]));
  const byType = input.types
    .filter((ty) => ty.active || used.has(ty.id))
    .map((ty) => {
      const queuedHere = tickets.filter((t) => t.original_business_type_id === ty.id);
      const servedHere = done.filter((t) => t.business_type_id === ty.id);
      return {
        businessTypeId: ty.id,
        name: ty.name,
        taken: queuedHere.length,
        served: servedHere.length,
        noShow: noShows.filter((t) => t.business_type_id === ty.id).length,
        avgWaitMinutes: avg(queuedHere.flatMap((t) => (firstCall(t) ? [waitOf(t) as number] : []))),
        avgServiceMinutes: avg(servedHere.flatMap((t) => serviceOf(t) ?? [])),
      };
    });

  const servedBy = (key: (t: StatsTicket) => string | null) => {
    const out = new Map<string, StatsTicket[]>();
    for (const t of done) {
      const k = key(t);
      if (k !== null) out.set(k, [...(out.get(k) ?? []), t]);
    }
    return [...out.entries()].map(([k, list]) => ({
      k,
      served: list.length,
      avgServiceMinutes: avg(list.flatMap((t) => serviceOf(t) ?? [])),
    }));
  };
  const windowNumber = new Map(input.windows.map((w) => [w.id, w.number]));
  const byWindow = servedBy((t) => t.window_id)
    .map(({ k, ...rest }) => ({ windowId: k, number: windowNumber.get(k) ?? '', ...rest }))
    .sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
  const byStaff = servedBy((t) => t.staff_user_id)
    .map(({ k, ...rest }) => ({ userId: k, name: input.staffNames.get(k) ?? '', ...rest }))
    .sort((a, b) => b.served - a.served || a.name.localeCompare(b.name, 'zh-CN'));

  const waits = tickets.flatMap((t) => waitOf(t) ?? []);
  const ended = done.length + noShows.length;
  return {
    from: input.from,
    to: input.to,
    byHour,
    byType,
    byWindow,
    byStaff,
    noShowRate: ended ? Math.round((noShows.length / ended) * 10_000) / 10_000 : 0,
    longestWaitMinutes: waits.length ? round1(Math.max(...waits)) : null,
  };
}
