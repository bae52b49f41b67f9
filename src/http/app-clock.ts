import type { IsoDate } from '../domain/calendar-date.js';
import { chinaDate } from '../domain/china-time.js';
import type { AppDeps } from './context.js';

/**
 * A module's notion of "now": real time by default; a test fixes it per app
 * (`clock.set(app.yz, () => new Date('2026-03-02T02:00:00Z'))`) so day boundaries and deadlines do not
 * depend on when the tests run. Keyed by the app's deps object, so parallel apps never share a clock.
 */
export interface AppClock {
  set(deps: AppDeps, now: (() => Date) | null): void;
  now(deps: AppDeps): Date;
  /** Today in Asia/Shanghai (the halls' day), whatever the server's TZ. */
  today(deps: AppDeps): IsoDate;
}

export function createAppClock(): AppClock {
  const clocks = new WeakMap<AppDeps, () => Date>();
  const now = (deps: AppDeps) => clocks.get(deps)?.() ?? new Date();
  return {
    set(deps, fn) {
      if (fn) clocks.set(deps, fn);
      else clocks.delete(deps);
    },
    now,
    today: (deps) => chinaDate(now(deps)),
  };
}
