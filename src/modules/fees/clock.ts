import { createAppClock } from '../../http/app-clock.js';

/**
 * The time the fee routes work with. Tests fix it per app
 * (`setFeeClock(app.yz, () => new Date('2026-11-26T02:00:00Z'))`) to check settlement day boundaries.
 */
const clock = createAppClock();

export const setFeeClock = clock.set;
export const feeNow = clock.now;
/** Today in Asia/Shanghai (the halls' day), whatever the server's TZ. */
export const feeToday = clock.today;
