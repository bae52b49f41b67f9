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

/**
 * What a hall may choose (PRODUCT.md §5 "configurable"): yellow at 0–10 working days left, and at a
 * whole percentage of the limit used strictly inside (0, 100) — at least 50 % (earlier would light
 * most running cases yellow and make the warning meaningless), at most 99 % (100 % is the due day
 * itself, which the days-left rule already covers).
 */
export const THRESHOLD_LIMITS = {
  yellowDaysLeft: { min: 0, max: 10 },
  yellowSharePercent: { min: 50, max: 99 },
} as const;

/** Why these thresholds may not be saved, or null (the API's zod schema checks the same bounds). */
export function thresholdsProblem(daysLeft: number, sharePercent: number): string | null {
  const d = THRESHOLD_LIMITS.yellowDaysLeft;
  const p = THRESHOLD_LIMITS.yellowSharePercent;
  if (!Number.isInteger(daysLeft) || daysLeft < d.min || daysLeft > d.max)
    return `剩余工作日阈值应为 ${d.min}–${d.max} 之间的整数`;
  if (!Number.isInteger(sharePercent) || sharePercent < p.min || sharePercent > p.max)
    return `已用时限比例阈值应为 ${p.min}%–${p.max}% 之间的整数`;
  return null;
}

/** A hall's stored setting (whole percent) → the thresholds of `caseColour`. */
export function thresholdsOf(daysLeft: number, sharePercent: number): ColourThresholds {
  return { yellowDaysLeft: daysLeft, yellowShare: sharePercent / 100 };
}

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
  // compared in whole percent, so 70 % of 10 days is exactly 7 (0.7 × 10 is not, in floating point)
  if (p.totalDays > 0 && p.usedDays * 100 >= Math.round(t.yellowShare * 100) * p.totalDays) return 'yellow';
  return 'green';
}

/** Urgency order for inboxes and supervision lists: red, yellow, green. */
export const COLOUR_RANK: Record<Colour, number> = { red: 0, yellow: 1, green: 2 };
