import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import {
  type CompletionCase,
  planCompletion,
  type TaskOutcome,
  type TaskView,
} from '../../domain/case-review-tasks.js';
import { CASE_STATUS_LABELS, isCaseStatus } from '../../domain/case-state.js';
import { AppError, notFound } from '../../http/errors.js';
import { type CaseRow, hallCalendarOf } from './core.js';
import { decideCase } from './decide-case.js';
import { loadForReview, type Reviewer, requireDepartment, touchCase } from './policy.js';
import { departmentNames } from './repository.js';
import { taskPlan } from './schedule.js';
import type { CompleteTaskBody } from './schema.js';

/** The opinion as stored: a denial keeps its reasons with it. */
function storedOpinion(body: CompleteTaskBody): string {
  const reason = body.reason?.trim() ?? '';
  return body.outcome === 'deny' && reason !== '' && reason !== body.opinion
    ? `${body.opinion}；理由：${reason}`
    : body.opinion;
}

/**
 * Finish a review step or joint sub-task of one's own department (docs/api-cases.md "Review"): the next
 * step becomes active with its planned due date; the last step (for a joint case: once every task is
 * done) records the decision; a reported-up case after its first review waits to be escalated.
 */
export async function completeTask(
  trx: Db,
  who: Reviewer,
  caseId: string,
  taskId: string,
  body: CompleteTaskBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, body.rowVersion);
  const hc = await hallCalendarOf(trx, c.hall_id);
  const { all, plan } = await taskPlan(trx, hc, c, c.due_on ?? today);
  const task = all.find((t) => t.id === taskId);
  if (!task) throw notFound('审查任务');
  requireDepartment(who.user, task.department_id, '只能办理本部门的审查任务');
  if (c.status !== 'in_review') {
    const label = isCaseStatus(c.status) ? CASE_STATUS_LABELS[c.status] : c.status;
    throw new AppError('CASE_STATE', `办件当前状态为“${label}”，不能办理审查任务`, { status: c.status });
  }
  const names = new Map(
    (await departmentNames(trx, [...new Set(all.map((t) => t.department_id))])).map((d) => [d.id, d.name]),
  );
  const views: TaskView[] = all.map((t) => ({
    id: t.id,
    kind: t.kind as TaskView['kind'],
    position: t.position,
    status: t.status as TaskView['status'],
    outcome: t.outcome as TaskOutcome | null,
    reason: t.opinion,
    departmentName: names.get(t.department_id) ?? '',
  }));
  const kase: CompletionCase = {
    kind: c.kind as CompletionCase['kind'],
    escalatedFromLowerHall: c.parent_case_id !== null,
  };
  const reason = body.reason?.trim() ?? '';
  const p = planCompletion(kase, views, { taskId, outcome: body.outcome, reason });
  if (!p.ok) throw new AppError('RULE_VIOLATION', p.problem);

  const done = await trx
    .updateTable('case_tasks')
    .set({
      status: 'done',
      finished_on: today,
      finished_by: who.user.id,
      opinion: storedOpinion(body),
      outcome: body.outcome,
    })
    .where('id', '=', task.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT', '该任务已被他人办理，请刷新后重试');
  if (p.activate) {
    await trx
      .updateTable('case_tasks')
      .set({ status: 'active', started_on: today, due_on: plan.get(p.activate) ?? c.due_on })
      .where('id', '=', p.activate)
      .execute();
  }
  const row = await touchCase(trx, who, c, 'complete_task', 'case.complete_task', {
    taskId: task.id,
    taskName: task.name,
    taskKind: task.kind,
    outcome: body.outcome,
    ...(reason ? { reason } : {}),
    ...(p.activate ? { activated: p.activate } : {}),
    ...(p.awaitsEscalation ? { awaitsEscalation: true } : {}),
  });
  if (!p.decision) return row;
  return decideCase(trx, who, row, p.decision, today, { taskId: task.id });
}
