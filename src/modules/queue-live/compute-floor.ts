import { chinaMinutes, hhmmMinutes, minutesBetween } from '../../domain/china-time.js';
import type { Floor } from './schema.js';

/** Everything the floor view needs for one hall and day; loaded by `load-floor.ts`. */
export interface FloorInput {
  now: Date;
  serviceDate: string;
  /** `HH:MM` closing time today, null when the hall has no hours today */
  closingAt: string | null;
  types: { id: string; name: string; prefix: string; avg_service_minutes: number; active: number }[];
  windows: { id: string; number: string; name: string; status: string }[];
  /** window ↔ business type (window_business_types) */
  serves: { window_id: string; business_type_id: string }[];
  signedIn: { window_id: string; name: string }[];
  current: Map<string, string>;
  tickets: {
    business_type_id: string;
    status: string;
    taken_at: string;
    called_at: string | null;
    finished_at: string | null;
    target_window_id: string | null;
  }[];
}

/** Measured service minutes need this many finished tickets today before they replace the configured average. */
const MIN_SAMPLES = 3;

/**
 * The duty leader's live floor view (现场监控). `atRisk` answers "当日号当日办结?": waiting tickets,
 * in take order, are handed to the open windows that may serve them (the least-loaded first), each
 * costing its type's average service time, until the minutes left before closing run out; the rest
 * are at risk. Windows count as open when their status is open and someone is signed in there —
 * or, if nobody in the hall has signed in at all (sign-in not used), when their status is open.
 */
export function computeFloor(input: FloorInput): Floor {
  const { now, tickets } = input;
  const waitingTickets = tickets
    .filter((t) => t.status === 'waiting')
    .sort((a, b) => a.taken_at.localeCompare(b.taken_at));
  const minutesToClosing =
    input.closingAt === null ? null : Math.max(0, hhmmMinutes(input.closingAt) - chinaMinutes(now));

  const avgMinutes = new Map<string, number>();
  for (const t of input.types) {
    const samples = tickets
      .filter((k) => k.business_type_id === t.id && k.status === 'done' && k.called_at && k.finished_at)
      .map((k) => minutesBetween(k.called_at as string, k.finished_at as string));
    const measured = samples.length >= MIN_SAMPLES ? samples.reduce((a, b) => a + b, 0) / samples.length : null;
    avgMinutes.set(t.id, Math.max(1, measured ?? t.avg_service_minutes));
  }

  const anyoneSignedIn = input.signedIn.length > 0;
  const staffed = new Set(input.signedIn.map((s) => s.window_id));
  const openWindows = new Set(
    input.windows.filter((w) => w.status === 'open' && (!anyoneSignedIn || staffed.has(w.id))).map((w) => w.id),
  );
  const windowsOfType = new Map<string, string[]>();
  for (const s of input.serves) {
    if (!openWindows.has(s.window_id)) continue;
    windowsOfType.set(s.business_type_id, [...(windowsOfType.get(s.business_type_id) ?? []), s.window_id]);
  }

  const typeIds = new Set([
    ...input.types.filter((t) => t.active).map((t) => t.id),
    ...waitingTickets.map((t) => t.business_type_id),
  ]);
  const waitingByType = input.types
    .filter((t) => typeIds.has(t.id))
    .map((t) => {
      const mine = waitingTickets.filter((k) => k.business_type_id === t.id);
      const serving = windowsOfType.get(t.id)?.length ?? 0;
      const avg = avgMinutes.get(t.id) ?? t.avg_service_minutes;
      return {
        businessTypeId: t.id,
        name: t.name,
        prefix: t.prefix,
        waiting: mine.length,
        longestWaitMinutes: mine.length ? Math.max(0, Math.floor(minutesBetween(mine[0]?.taken_at as string, now))) : 0,
        estimatedMinutesToClear:
          mine.length === 0 ? 0 : serving === 0 ? null : Math.ceil((mine.length * avg) / serving),
      };
    });

  let atRisk = 0;
  if (minutesToClosing !== null) {
    const left = new Map([...openWindows].map((id) => [id, minutesToClosing]));
    for (const t of waitingTickets) {
      const candidates =
        t.target_window_id !== null
          ? openWindows.has(t.target_window_id)
            ? [t.target_window_id]
            : []
          : (windowsOfType.get(t.business_type_id) ?? []);
      const cost = avgMinutes.get(t.business_type_id) ?? 10;
      let best: string | null = null;
      for (const w of candidates) if (best === null || (left.get(w) ?? 0) > (left.get(best) ?? 0)) best = w;
      if (best !== null && (left.get(best) ?? 0) >= cost) left.set(best, (left.get(best) ?? 0) - cost);
      else atRisk++;
    }
  }

  return {
    serviceDate: input.serviceDate,
    closingAt: input.closingAt,
    minutesToClosing,
    waitingByType,
    windows: input.windows.map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      status: w.status,
      signedIn: input.signedIn.filter((s) => s.window_id === w.id).map((s) => ({ name: s.name })),
      currentTicket: input.current.get(w.id) ?? null,
    })),
    totals: {
      waiting: waitingTickets.length,
      served: tickets.filter((t) => t.status === 'done').length,
      noShow: tickets.filter((t) => t.status === 'no_show').length,
    },
    atRisk,
  };
}
