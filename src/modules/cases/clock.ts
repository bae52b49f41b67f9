import type { IsoDate } from '../../domain/calendar-date.js';
import type { AppDeps } from '../../http/context.js';
import { chinaDate } from '../queue-live/china-time.js';

/**
 * The time the case routes work with. Real time by default; a test fixes it per app
 * (`setCaseClock(app.yz, () => new Date('2026-03-02T02:00:00Z'))`) so deadlines do not depend on
 * when the tests run. Keyed by the app's deps object, so parallel apps never share a clock.
 */
const clocks = new WeakMap<AppDeps, () => Date>();

export function setCaseClock(deps: AppDeps, now: (() => Date) | null): void {
  if (now) clocks.set(deps, now);
  else clocks.delete(deps);
}

export function caseNow(deps: AppDeps): Date {
  return clocks.get(deps)?.() ?? new Date();
}

/** Today in Asia/Shanghai (the halls' day), whatever the server's TZ. */
export function caseToday(deps: AppDeps): IsoDate {
  return chinaDate(caseNow(deps));
}
