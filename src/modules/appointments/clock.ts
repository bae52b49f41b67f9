import type { AppDeps } from '../../http/context.js';

/**
 * The time the appointment routes work with. Real time by default; a test fixes it per app
 * (`setAppointmentClock(app.yz, () => new Date('2026-10-09T01:00:00Z'))`) so results do not
 * depend on when the tests run. Keyed by the app's deps object, so parallel apps never share a clock.
 */
const clocks = new WeakMap<AppDeps, () => Date>();

export function setAppointmentClock(deps: AppDeps, now: (() => Date) | null): void {
  if (now) clocks.set(deps, now);
  else clocks.delete(deps);
}

/** Now, as an ISO instant, for this app. */
export function appointmentNow(deps: AppDeps): string {
  return (clocks.get(deps)?.() ?? new Date()).toISOString();
}
