/**
 * The hall's wall clock: China Standard Time (UTC+8, no daylight saving since 1991) whatever the
 * server's TZ. Pure arithmetic on the instant, so neither `TZ` nor the ICU data can change an answer.
 */

const CST_OFFSET_MS = 8 * 3600_000;

export interface ChinaClock {
  /** service date `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  /** minutes since local midnight */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
}

export function chinaClock(now: Date): ChinaClock {
  const shifted = new Date(now.getTime() + CST_OFFSET_MS);
  const iso = shifted.toISOString();
  const day = shifted.getUTCDay();
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    weekday: day === 0 ? 7 : day,
  };
}

/** The instant a China-local date and time (`HH:MM`, default midnight) denote, as ISO UTC. */
export function chinaInstant(date: string, time = '00:00'): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** `HH:MM` → minutes since midnight. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
