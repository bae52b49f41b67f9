/** What other modules use: a hall's calendar (for deadlines) and the seeding of a root hall. */
export { type HallCalendar, loadHallCalendar, type ResolvedYear } from './resolve.js';
export { ensureCalendarSeeded, seedYears } from './seed.js';
