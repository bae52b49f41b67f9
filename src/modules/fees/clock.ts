import type { IsoDate } from '../../domain/calendar-date.js';
import type { AppDeps } from '../../http/context.js';
import { chinaDate } from '../queue-live/china-time.js';

/**
 * The time the fee routes work with. Real time by default; a test fixes it per app
 * (`setFeeClock(app.yz, () => new Date('2026-11-26T02:00:00Z'))`) to check day boundaries of the
 * settlement. Keyed by the app's deps object, so parallel apps never share a clock.
 */
const clocks = new WeakMap<AppDeps, () => Date>();

export function setFeeClock(deps: AppDeps, now: (() => Date) | null): void {
  if (now) clocks.set(deps, now);
  else clocks.delete(deps);
}

export function feeNow(deps: AppDeps): Date {
  return clocks.get(deps)?.() ?? new Date();
}

/** Today in Asia/Shanghai (the halls' day), whatever the server's TZ. */
export function feeToday(deps: AppDeps): IsoDate {
  return chinaDate(feeNow(deps));
}
