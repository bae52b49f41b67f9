import type { DisplaySnapshot, DisplayWindow, HallEvent, RecentCall } from './types';

/** How many calls the display keeps (the snapshot sends the latest 10). */
export const RECENT_LIMIT = 10;

/** Window numbers sort as numbers: 2 before 10. */
export function byWindowNumber(a: { number: string }, b: { number: string }): number {
  return a.number.localeCompare(b.number, 'zh-CN', { numeric: true });
}

/** A recall is listed once, at its latest call (the snapshot lists every call, newest first). */
function latestPerTicket(calls: RecentCall[]): RecentCall[] {
  const seen = new Set<string>();
  return calls.filter((c) => !seen.has(c.ticketNumber) && seen.add(c.ticketNumber));
}

/**
 * The display's state after one stream event. A snapshot replaces everything (first connection and
 * every reconnect); events before the first snapshot are ignored since the snapshot includes them.
 */
export function applyHallEvent(state: DisplaySnapshot | null, ev: HallEvent): DisplaySnapshot | null {
  if (ev.type === 'snapshot') return { ...ev.data, recentCalls: latestPerTicket(ev.data.recentCalls) };
  if (!state) return state;
  switch (ev.type) {
    case 'call': {
      const c = ev.data;
      const call: RecentCall = { ticketNumber: c.ticketNumber, windowNumber: c.windowNumber, at: c.at };
      // a recall moves the ticket back to the top instead of listing it twice
      const rest = state.recentCalls.filter((r) => r.ticketNumber !== c.ticketNumber);
      const windows = state.windows.map((w) => (w.id === c.windowId ? { ...w, currentTicket: c.ticketNumber } : w));
      return { ...state, recentCalls: [call, ...rest].slice(0, RECENT_LIMIT), windows };
    }
    case 'window': {
      const w = ev.data;
      const known = state.windows.some((x) => x.id === w.windowId);
      const windows: DisplayWindow[] = known
        ? state.windows.map((x) =>
            x.id === w.windowId ? { ...x, status: w.status, currentTicket: w.currentTicket } : x,
          )
        : [
            ...state.windows,
            { id: w.windowId, number: w.windowNumber, name: '', status: w.status, currentTicket: w.currentTicket },
          ].sort(byWindowNumber);
      return { ...state, windows };
    }
    case 'waiting': {
      const { businessTypeId, waitingCount } = ev.data;
      return {
        ...state,
        waiting: state.waiting.map((t) => (t.businessTypeId === businessTypeId ? { ...t, waitingCount } : t)),
      };
    }
  }
}

/**
 * Calls made while the display was disconnected, oldest first, to announce after a reconnect:
 * newer than the newest call seen before, and recent enough still to matter.
 */
export function missedCalls(
  lastSeenAt: string | null,
  snapshot: DisplaySnapshot,
  now: Date,
  maxAgeMs = 60_000,
): RecentCall[] {
  if (lastSeenAt === null) return [];
  const seen = Date.parse(lastSeenAt);
  return snapshot.recentCalls
    .filter((c) => {
      const at = Date.parse(c.at);
      return at > seen && now.getTime() - at <= maxAgeMs;
    })
    .reverse();
}
