import { useEffect, useState } from 'react';

/** The hall's zone: screens show Beijing time whatever the device's own zone is. */
export const HALL_TIME_ZONE = 'Asia/Shanghai';

const timeFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: HALL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const shortTimeFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: HALL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const partsFmt = new Intl.DateTimeFormat('en-US', {
  timeZone: HALL_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** HH:MM:SS in Beijing time. */
export function formatClock(d: Date): string {
  return timeFmt.format(d);
}

/** HH:MM in Beijing time. */
export function formatShortTime(d: Date): string {
  return shortTimeFmt.format(d);
}

/** Year, month, day and ISO weekday (1 = Monday) of a moment in Beijing time. */
export function hallDateParts(d: Date): { year: number; month: number; day: number; weekday: number } {
  const parts = Object.fromEntries(partsFmt.formatToParts(d).map((p) => [p.type, p.value]));
  const wd = WEEKDAYS.indexOf(parts.weekday);
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), weekday: wd === 0 ? 7 : wd };
}

/** "YYYY-MM-DD HH:MM" in Beijing time, for the printed ticket. */
export function formatTicketTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = hallDateParts(d);
  const mm = String(p.month).padStart(2, '0');
  const dd = String(p.day).padStart(2, '0');
  return `${p.year}-${mm}-${dd} ${formatClock(d)}`;
}

/** The current time, re-rendered every second. */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
