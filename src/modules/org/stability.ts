/** Staffing stability of a window (窗口人员稳定性): how often its staff changed lately. */

export interface AssignmentSpan {
  fromDate: string;
  /** null while the assignment is still open */
  toDate: string | null;
}

/**
 * Number of distinct days in the 12 months up to `today` (exclusive start, inclusive end) on which
 * the window's staffing changed: someone started or ended there. The window's very first staffing
 * is not a change, and a hand-over (one ends, another starts the same day) counts once.
 */
export function countStaffingChanges(spans: readonly AssignmentSpan[], today: string, since: string): number {
  if (spans.length === 0) return 0;
  const firstStart = spans.map((s) => s.fromDate).sort()[0];
  const days = new Set<string>();
  for (const s of spans) {
    for (const day of [s.fromDate, s.toDate]) {
      if (day === null || day === firstStart) continue;
      if (day > since && day <= today) days.add(day);
    }
  }
  return days.size;
}
