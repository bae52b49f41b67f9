import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { mayAnswerCard } from './policy.js';
import { type CardRow, findCard } from './repository.js';

/**
 * The unit answers a card with its rectification feedback 整改反馈 (supervision.respond, own unit
 * only). An answered card may be answered again (the latest answer counts) until it is closed.
 */
export async function answerCard(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  id: string,
  response: string,
): Promise<CardRow> {
  const before = await authorize(trx, user, 'supervision.respond', await findCard(trx, id), '督办卡');
  if (!mayAnswerCard(user, before)) throw new AppError('FORBIDDEN', '只能答复本单位的督办卡');
  const at = nowIso();
  const r = await trx
    .updateTable('supervision_cards')
    .set({ status: 'answered', response, responded_by: user.id, responded_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['open', 'answered'])
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new AppError('RULE_VIOLATION', '督办卡已办结，不能再答复');
  const after = (await findCard(trx, id)) as CardRow;
  await recordAudit(trx, dialect, actor, {
    action: 'supervision.card.respond',
    entityType: 'supervision_card',
    entityId: id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}
