import type { Db } from '../../db/index.js';
import { type ColourThresholds, DEFAULT_COLOUR_THRESHOLDS, thresholdsOf } from '../../domain/case-colour.js';

/**
 * The thresholds of a hall's supervision colours (migration 013 `supervision_settings`, edited through
 * src/modules/supervision/thresholds.ts): the PRODUCT.md §5 defaults until the hall saves its own.
 */
export async function loadColourThresholds(db: Db, hallId: string): Promise<ColourThresholds> {
  const row = await db
    .selectFrom('supervision_settings')
    .select(['yellow_days_left', 'yellow_share_pct'])
    .where('hall_id', '=', hallId)
    .executeTakeFirst();
  return row ? thresholdsOf(row.yellow_days_left, row.yellow_share_pct) : DEFAULT_COLOUR_THRESHOLDS;
}
