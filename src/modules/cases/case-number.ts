import { sql } from 'kysely';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { formatCaseNumber } from '../../domain/case-number.js';

/**
 * The next case number of a hall for `day`: one atomic upsert on the per-day counter
 * (`insert … on conflict do update set last_seq = last_seq + 1 returning last_seq`), so concurrent
 * receipts on either database get distinct sequences; the number is unique (constraint) and, the
 * counter only ever growing, never handed out twice.
 */
export async function nextCaseNumber(trx: Db, hallId: string, hallCode: string, day: IsoDate): Promise<string> {
  const row = await trx
    .insertInto('case_counters')
    .values({ hall_id: hallId, day, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(['hall_id', 'day']).doUpdateSet({ last_seq: sql<number>`case_counters.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return formatCaseNumber(hallCode, day, Number(row.last_seq));
}
