/** Hall times are Asia/Shanghai whatever the browser's zone (docs/api-queue.md). */
const HALL_TZ = 'Asia/Shanghai';

const timeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: HALL_TZ,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dateFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: HALL_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An ISO timestamp as HH:mm in the hall's zone; '' for null. */
export function hallTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : timeFmt.format(d);
}

/** Today's date (YYYY-MM-DD) in the hall's zone. */
export function hallToday(now: Date = new Date()): string {
  return dateFmt.format(now);
}

/** YYYY-MM-DD plus n days (n may be negative); calendar arithmetic on the date alone. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** Whole minutes from an ISO timestamp to now (never negative). */
export function minutesSince(iso: string | null | undefined, now: number = Date.now()): number {
  if (!iso) return 0;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now - t) / 60_000));
}
