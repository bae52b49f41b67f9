import { chinaDate } from '../../domain/china-time.js';

/** Calendar dates (YYYY-MM-DD) as the hall sees them: halls run on China Standard Time whatever the server's zone. */

/** Today's date in Asia/Shanghai. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate(now);
}

/** The same day `months` months earlier, clamped to the month's end (2026-03-31 → 2025-03-31, 2024-02-29 → 2023-02-28). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
