/**
 * Supervision colour 红黄绿灯 of a running case or step (PRODUCT.md §5, RULES-SOURCES.md §6):
 * red when overdue, yellow when near the promised date (default ≤ 1 working day left or ≥ 80 % of
 * the limit used; configurable), green otherwise.
 */

export type Colour = 'green' | 'yellow' | 'red';

export const COLOUR_LABELS: Record<Colour, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

export interface ColourThresholds {
  /** yellow when this many working days or fewer are left */
  yellowDaysLeft: number;
  /** yellow when this share of the limit (0–1) is used */
  yellowShare: number;
}

export const DEFAULT_COLOUR_THRESHOLDS: ColourThresholds = { yellowDaysLeft: 1, yellowShare: 0.8 };

export interface ColourInput {
  /** the limit in working days, extensions included */
  totalDays: number;
  /** working days used so far (pauses excluded) */
  usedDays: number;
  /** working days from today to the due date: 0 = due today, negative = overdue */
  remainingDays: number;
}

export function caseColour(p: ColourInput, t: ColourThresholds = DEFAULT_COLOUR_THRESHOLDS): Colour {
  if (p.remainingDays < 0) return 'red';
  if (p.remainingDays <= t.yellowDaysLeft) return 'yellow';
  if (p.totalDays > 0 && p.usedDays >= t.yellowShare * p.totalDays) return 'yellow';
  return 'green';
}

/** Urgency order for inboxes and supervision lists: red, yellow, green. */
export const COLOUR_RANK: Record<Colour, number> = { red: 0, yellow: 1, green: 2 };
