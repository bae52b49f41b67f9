import { createAppClock } from '../../http/app-clock.js';

/**
 * The time the case routes work with (deadlines, deemed acceptance, supervision colours). Tests fix it
 * per app: `setCaseClock(app.yz, () => new Date('2026-03-02T02:00:00Z'))`.
 */
const clock = createAppClock();

export const setCaseClock = clock.set;
export const caseNow = clock.now;
/** Today in Asia/Shanghai (the halls' day), whatever the server's TZ. */
export const caseToday = clock.today;
