import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { type CardRow, findCard } from './repository.js';

/** The supervisor closes 办结 a card once the unit has answered it (supervision.issue). */
export async function closeCard(trx: Db, dialect: Dialect, user: AuthUser, actor: Actor, id: string): Promise<CardRow> {
  const before = await authorize(trx, user, 'supervision.issue', await findCard(trx, id), '督办卡');
  const r = await trx
    .updateTable('supervision_cards')
    .set({ status: 'closed', closed_by: user.id, closed_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'answered')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const now = await findCard(trx, id);
    throw new AppError(
      'RULE_VIOLATION',
      now?.status === 'closed' ? '督办卡已办结' : '被督办单位尚未反馈整改情况，不能办结',
    );
  }
  const after = (await findCard(trx, id)) as CardRow;
  await recordAudit(trx, dialect, actor, {
    action: 'supervision.card.close',
    entityType: 'supervision_card',
    entityId: id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}
