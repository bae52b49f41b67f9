import type { IsoDate } from './calendar-date.js';
import { COLOUR_RANK, type Colour } from './case-colour.js';

/**
 * The approver's inbox (待办) order, pure: most urgent first — red, then yellow, then green; within a
 * colour the earlier due date; tasks of paused (suspended) cases last, since their clock stands still;
 * ties by case number, so the order is stable.
 */

export interface InboxEntry {
  colour: Colour;
  dueOn: IsoDate | null;
  paused: boolean;
  caseNumber: string;
}

export function compareInbox(a: InboxEntry, b: InboxEntry): number {
  if (a.paused !== b.paused) return a.paused ? 1 : -1;
  if (COLOUR_RANK[a.colour] !== COLOUR_RANK[b.colour]) return COLOUR_RANK[a.colour] - COLOUR_RANK[b.colour];
  const da = a.dueOn ?? '9999-12-31';
  const db = b.dueOn ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
}

export function sortInbox<T extends InboxEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareInbox);
}
