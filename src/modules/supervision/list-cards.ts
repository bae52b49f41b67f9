import type { z } from 'zod';
import type { Db } from '../../db/index.js';
import { addDays } from '../../domain/calendar-date.js';
import { chinaDayStartIso } from '../../domain/china-time.js';
import { AppError } from '../../http/errors.js';
import type { AuthUser } from '../auth/session.js';
import { cardNames } from './card-names.js';
import { CARD_LIST_PERMISSIONS, requireAnyInHall } from './policy.js';
import { presentCard } from './present.js';
import { type CardFilter, countCards, listCards } from './repository.js';
import type { CardListQuerySchema, CardListSchema } from './schema.js';

/**
 * Cards of a hall issued in [from, to] (days in Asia/Shanghai), with counts per department by
 * colour and state — what the assessment 考核 later counts.
 */
export async function listHallCards(
  db: Db,
  user: AuthUser,
  hallId: string,
  q: z.infer<typeof CardListQuerySchema>,
): Promise<z.infer<typeof CardListSchema>> {
  await requireAnyInHall(db, user, hallId, CARD_LIST_PERMISSIONS);
  if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期');
  const f: CardFilter = {
    hallId,
    departmentId: q.departmentId,
    status: q.status,
    issuedFrom: q.from ? chinaDayStartIso(q.from) : undefined,
    issuedBefore: q.to ? chinaDayStartIso(addDays(q.to, 1)) : undefined,
  };
  const cards = await listCards(db, f, 500);
  const counts = await countCards(db, f);
  const names = await cardNames(db, hallId, cards);
  return {
    cards: cards.map((c) => presentCard(c, names)),
    counts: counts
      .map((c) => ({
        ...c,
        departmentName: c.departmentId ? (names.departments.get(c.departmentId) ?? null) : null,
      }))
      .sort((a, b) => b.total - a.total || (a.departmentName ?? '').localeCompare(b.departmentName ?? '', 'zh-CN')),
  };
}
