/**
 * Call order (叫号顺序, PRODUCT.md §4) — the one place where it is decided which waiting ticket a
 * window calls next. Pure; the call-next action ranks the candidates with `rankForWindow` and then
 * claims them in that order with a conditional update (a candidate taken by another window is skipped).
 *
 * 1. Candidates of window W: waiting tickets targeted at W, and untargeted waiting tickets of a
 *    business type W serves. Tickets targeted at another window are never W's.
 * 2. Preferred first: while a candidate of W's preferred types (or one targeted at W) waits, only
 *    those are considered; W's non-preferred types are served only when those are empty.
 * 3. Within that group, by tier, then take time, then number:
 *    1 transferred to this window · 2 priority 绿色通道 · 3 transferred to this type ·
 *    4 checked-in appointment whose slot has started · 5 plain.
 * Hence no skipping: a plain ticket is never called before an earlier plain ticket of its type
 * (take time grows with the number inside a type: the issuer stamps it after drawing the number).
 */

export interface QueueTicket {
  id: string;
  businessTypeId: string;
  /** the number's digits (A007 → 7): take order within the type and day */
  seq: number;
  /** ISO UTC; kept on transfer (fairness) */
  takenAt: string;
  priority: boolean;
  transferred: boolean;
  targetWindowId: string | null;
  /** ISO UTC start of the booked slot, for checked-in appointments */
  slotStartAt: string | null;
}

export interface WindowService {
  windowId: string;
  types: readonly { businessTypeId: string; preferred: boolean }[];
}

export type Tier = 1 | 2 | 3 | 4 | 5;

export const TIER_LABELS: Record<Tier, string> = {
  1: '转本窗口',
  2: '绿色通道',
  3: '转本业务',
  4: '预约到时',
  5: '普通',
};

/** The tier of a ticket as seen from `windowId` at instant `now` (ISO UTC). */
export function tierOf(t: QueueTicket, windowId: string | null, now: string): Tier {
  if (t.targetWindowId !== null && t.targetWindowId === windowId) return 1;
  if (t.priority) return 2;
  if (t.transferred) return 3;
  if (t.slotStartAt !== null && t.slotStartAt <= now) return 4;
  return 5;
}

function byTierThenTime(windowId: string | null, now: string) {
  return (a: QueueTicket, b: QueueTicket): number =>
    tierOf(a, windowId, now) - tierOf(b, windowId, now) ||
    (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0) ||
    a.seq - b.seq ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every candidate of the window in call order: the preferred group (preferred types and tickets
 * targeted at the window) first, then the non-preferred group. The first element is "next".
 */
export function rankForWindow(tickets: readonly QueueTicket[], w: WindowService, now: string): QueueTicket[] {
  const preferredOf = new Map(w.types.map((t) => [t.businessTypeId, t.preferred]));
  const first: QueueTicket[] = [];
  const second: QueueTicket[] = [];
  for (const t of tickets) {
    if (t.targetWindowId !== null) {
      if (t.targetWindowId === w.windowId) first.push(t);
      continue;
    }
    const preferred = preferredOf.get(t.businessTypeId);
    if (preferred === true) first.push(t);
    else if (preferred === false) second.push(t);
  }
  const order = byTierThenTime(w.windowId, now);
  return [...first.sort(order), ...second.sort(order)];
}

/** The ticket the window would call now, if any. */
export function nextForWindow(tickets: readonly QueueTicket[], w: WindowService, now: string): QueueTicket | null {
  return rankForWindow(tickets, w, now)[0] ?? null;
}

/**
 * People ahead (前面等候人数) of `ticket` among the waiting tickets of its business type, ranked without
 * a particular window (a ticket targeted at some window counts as tier 1: it is served first there).
 */
export function aheadCountOf(ticket: QueueTicket, waitingOfType: readonly QueueTicket[], now: string): number {
  const view = (t: QueueTicket): QueueTicket => (t.targetWindowId === null ? t : { ...t, targetWindowId: '*' });
  const order = byTierThenTime('*', now);
  const me = view(ticket);
  let n = 0;
  for (const t of waitingOfType) if (t.id !== ticket.id && order(view(t), me) < 0) n++;
  return n;
}

/**
 * The stored `seq` of a ticket whose business type changed by transfer. `(type, day, seq)` is unique,
 * so a transferred ticket cannot keep its positive number there; it takes −(letter index × 1000 + digits),
 * unique because the original type's letter and number are. Back in its own type it takes its digits again.
 */
export function storedSeqFor(originalPrefix: string, digits: number, backInOwnType: boolean): number {
  if (backInOwnType) return digits;
  const letter = originalPrefix.charCodeAt(0) - 64;
  return -(letter * 1000 + digits);
}

/** The digits of a ticket number (A007 → 7). */
export function digitsOf(number: string): number {
  return Number.parseInt(number.slice(1), 10);
}

/** Prefix + 3 digits (A + 7 → A007). */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
