/** `HH:MM` times as appointment rules take them from users: validated, unlike `hhmmMinutes` in china-time.ts. */

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` → minutes since midnight; throws on a malformed value. */
export function hhmmToMinutes(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError(`not an HH:MM time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isHhmm(s: string): boolean {
  return HHMM.test(s);
}
