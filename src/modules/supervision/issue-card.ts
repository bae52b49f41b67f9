import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { type CardRow, findCaseBrief, findDepartmentBrief } from './repository.js';
import type { CardCreateSchema } from './schema.js';

/** Triggers about one case: the card must name it. */
const CASE_TRIGGERS = new Set([
  'overdue_case',
  'overdue_step',
  'refused_qualified',
  'denial_without_reason',
  'late_forward',
]);

/**
 * A supervisor issues a yellow or red card 督办卡 (supervision.issue) for one of the listed
 * triggers, addressed to a unit of the hall (by default the department of the case). Open until
 * the unit answers and the supervisor closes it. One case gets at most one card per trigger that is
 * not closed yet (409 DUPLICATE): a second card for the same finding waits until the first is closed.
 */
export async function issueCard(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: z.infer<typeof CardCreateSchema>,
): Promise<CardRow> {
  await authorizeHall(trx, user, 'supervision.issue', hallId);
  let departmentId = input.departmentId ?? null;
  if (input.caseId) {
    const c = await findCaseBrief(trx, input.caseId);
    if (!c || c.hall_id !== hallId) throw new AppError('NOT_FOUND', '办件不存在');
    departmentId ??= c.department_id;
    const pending = await trx
      .selectFrom('supervision_cards')
      .select('id')
      .where('case_id', '=', c.id)
      .where('trigger', '=', input.trigger)
      .where('status', '!=', 'closed')
      .executeTakeFirst();
    if (pending) throw new AppError('DUPLICATE', '该办件已有同一事由尚未销号的督办卡，请跟进原督办卡');
  } else if (CASE_TRIGGERS.has(input.trigger)) {
    throw new AppError('RULE_VIOLATION', '该督办事由针对具体办件，请选择办件');
  }
  if (!departmentId) throw new AppError('RULE_VIOLATION', '请指定被督办单位');
  const dept = await findDepartmentBrief(trx, departmentId);
  if (!dept || dept.hall_id !== hallId) throw new AppError('NOT_FOUND', '部门不存在');
  const row: CardRow = {
    id: newId(),
    hall_id: hallId,
    case_id: input.caseId ?? null,
    department_id: departmentId,
    color: input.color,
    trigger: input.trigger,
    description: input.description,
    issued_by: user.id,
    issued_at: nowIso(),
    status: 'open',
    response: null,
    responded_by: null,
    responded_at: null,
    closed_by: null,
    closed_at: null,
  };
  await trx.insertInto('supervision_cards').values(row).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'supervision.card.issue',
    entityType: 'supervision_card',
    entityId: row.id,
    hallId,
    after: row,
  });
  return row;
}
