import type { Db } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { type ColourThresholds, DEFAULT_COLOUR_THRESHOLDS, thresholdsOf } from '../../domain/case-colour.js';

/**
 * The thresholds of a hall's supervision colours (migration 013 `supervision_settings`, edited through
 * src/modules/supervision/thresholds.ts): the PRODUCT.md §5 defaults until the hall saves its own.
 */
const settingsOf = preparedQuery((db, arg: Arg<{ hallId: string }>) =>
  db
    .selectFrom('supervision_settings')
    .select(['yellow_days_left', 'yellow_share_pct'])
    .where('hall_id', '=', arg('hallId')),
);
export async function loadColourThresholds(db: Db, hallId: string): Promise<ColourThresholds> {
  const [row] = await settingsOf(db, { hallId });
  return row ? thresholdsOf(row.yellow_days_left, row.yellow_share_pct) : DEFAULT_COLOUR_THRESHOLDS;
}
