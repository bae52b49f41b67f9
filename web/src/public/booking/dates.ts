const dayFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Beijing time, whatever the visitor's own zone. */
export function hallToday(now = new Date()): string {
  return dayFmt.format(now);
}

/** The day after a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** "11月27日 周五" (or "今天"/"明天" first) through the site's message table. */
export function dayLabel(
  date: string,
  t: (key: string, vars?: Record<string, string | number>) => string,
  tb: (key: string, vars?: Record<string, string | number>) => string,
  today = hallToday(),
): { main: string; weekday: string; relative: string | null } {
  const [, m, d] = date.split('-').map(Number);
  const relative = date === today ? tb('date.today') : date === nextDate(today) ? tb('date.tomorrow') : null;
  return { main: tb('date.md', { m, d }), weekday: t(`wd.${isoWeekday(date)}`), relative };
}
