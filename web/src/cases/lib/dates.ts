/** Dates of the case pages: days are `YYYY-MM-DD` in Asia/Shanghai (docs/api-cases.md "Time"). */

const dayFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today in Asia/Shanghai, whatever the browser's zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return dayFmt.format(now);
}

/** An ISO timestamp as Beijing time, `2026/11/26 09:30`. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : timeFmt.format(d);
}

/** `2026-11-26` → `2026年11月26日` (Chinese documents) or left as is (English). */
export function longDate(day: string | null | undefined, locale: 'zh' | 'en' = 'zh'): string {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  return locale === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${m[1]}-${m[2]}-${m[3]}`;
}
