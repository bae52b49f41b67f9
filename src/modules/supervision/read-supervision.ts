import type { z } from 'zod';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import type { AuthUser } from '../auth/session.js';
import { cardNames } from './card-names.js';
import { hallDepartmentNames } from './ledger-repository.js';
import { requireAnyInHall, VIEW_PERMISSIONS } from './policy.js';
import { presentCard, presentClock, presentWarning } from './present.js';
import { listCards, listWarnings } from './repository.js';
import { byUrgency, runningClocks } from './running-clocks.js';
import type { SupervisionQuerySchema, SupervisionViewSchema } from './schema.js';

/**
 * The supervision view 电子监察 of a hall as of `today`: how many running cases are green, yellow
 * and red, the most urgent of them with their active steps, the latest warnings and the cards not
 * yet closed.
 */
export async function readSupervision(
  db: Db,
  user: AuthUser,
  hallId: string,
  today: IsoDate,
  q: z.infer<typeof SupervisionQuerySchema>,
): Promise<z.infer<typeof SupervisionViewSchema>> {
  await requireAnyInHall(db, user, hallId, VIEW_PERMISSIONS);
  const clocks = await runningClocks(db, hallId, today, { departmentId: q.departmentId });
  const running = { green: 0, yellow: 0, red: 0 };
  for (const c of clocks) running[c.colour]++;
  const shown = clocks
    .filter((c) => !q.colour || c.colour === q.colour)
    .sort(byUrgency)
    .slice(0, q.limit);
  const departments = await hallDepartmentNames(db, hallId);
  const warnings = await listWarnings(db, {
    hallId,
    ...(q.departmentId ? { departmentId: q.departmentId } : {}),
    unreadOnly: true,
    limit: 100,
  });
  const open = [
    ...(await listCards(db, { hallId, departmentId: q.departmentId, status: 'open' }, 100)),
    ...(await listCards(db, { hallId, departmentId: q.departmentId, status: 'answered' }, 100)),
  ];
  const names = await cardNames(db, hallId, open);
  return {
    asOf: today,
    running,
    cases: shown.map((c) => presentClock(c, departments)),
    warnings: warnings.map(presentWarning),
    cards: open.map((c) => presentCard(c, names)),
  };
}
