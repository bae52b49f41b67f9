import type { TaskKind } from './case-review-schedule.js';

/**
 * Completing a review task (办理环节 / 联办子任务), pure. Steps of the lead department run in order;
 * the last step decides (approve 准予 / deny 不予). Joint sub-tasks (联办) of co-departments run in
 * parallel; a joint case is decided only when every task is done — by the lead's last step, turned
 * into a denial when a co-department refused. A reported-up case (上报件) is only reviewed first
 * (初审) here: after its first step it waits to be escalated to the parent hall.
 */

export const TASK_STATUSES = ['pending', 'active', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_OUTCOMES = ['pass', 'approve', 'deny'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];
export type Decision = 'approve' | 'deny';

export const OUTCOME_LABELS: Record<TaskOutcome, string> = { pass: '通过', approve: '准予', deny: '不予' };
export const DECISION_LABELS: Record<Decision, string> = { approve: '准予许可', deny: '不予许可' };

export interface TaskView {
  id: string;
  kind: TaskKind;
  position: number;
  status: TaskStatus;
  outcome: TaskOutcome | null;
  /** deny reason or opinion of a finished task */
  reason?: string | null;
  departmentName?: string;
}

export interface CompletionCase {
  kind: 'immediate' | 'promised' | 'joint' | 'reported';
  /** a case received from a lower hall (上报件 at the parent hall) decides itself */
  escalatedFromLowerHall: boolean;
}

export interface CompletionInput {
  taskId: string;
  outcome: TaskOutcome;
  reason: string;
}

export type CompletionPlan =
  | { ok: false; problem: string }
  | {
      ok: true;
      /** the next step to make active, if any */
      activate: string | null;
      /** the case's decision, when this completion finishes the review */
      decision: { decision: Decision; reason: string } | null;
      /** a reported-up case whose first review is now done: it waits to be escalated */
      awaitsEscalation: boolean;
    };

const fail = (problem: string): CompletionPlan => ({ ok: false, problem });

function orderedSteps(tasks: readonly TaskView[]): TaskView[] {
  return tasks.filter((t) => t.kind === 'step').sort((a, b) => a.position - b.position);
}

/** The lead department's step that decides (the last one), if any. */
export function decidingStep(tasks: readonly TaskView[]): TaskView | undefined {
  const steps = orderedSteps(tasks).filter((t) => t.status !== 'skipped');
  return steps[steps.length - 1];
}

/** What completing `input.taskId` does, or why it may not be done. */
export function planCompletion(c: CompletionCase, tasks: readonly TaskView[], input: CompletionInput): CompletionPlan {
  const task = tasks.find((t) => t.id === input.taskId);
  if (!task) return fail('任务不存在');
  if (task.status !== 'active') return fail('该任务当前不在办理中');
  const reason = input.reason.trim();
  if (input.outcome === 'deny' && reason === '') return fail('作出不予决定或不同意意见，必须说明理由');
  const firstReviewOnly = c.kind === 'reported' && !c.escalatedFromLowerHall;

  if (task.kind === 'joint') {
    if (input.outcome === 'approve') return fail('协办部门的意见只能是“通过”或“不予”');
    return finish(tasks, task, input.outcome, reason);
  }

  const steps = orderedSteps(tasks);
  const later = steps.filter((s) => s.position > task.position && s.status === 'pending');
  if (firstReviewOnly) {
    if (input.outcome !== 'pass') return fail('上报件在本级只作初审，决定由上级作出');
    return { ok: true, activate: null, decision: null, awaitsEscalation: true };
  }
  if (later.length > 0) {
    if (input.outcome !== 'pass') return fail('只有最后一个环节才能作出准予或不予的决定');
    return { ok: true, activate: later[0].id, decision: null, awaitsEscalation: false };
  }
  if (input.outcome === 'pass') return fail('最后一个环节须作出准予或不予的决定');
  if (input.outcome === 'approve' && tasks.some((t) => t.kind === 'joint' && t.outcome === 'deny')) {
    return fail('有协办部门不同意，不能作出准予决定');
  }
  return finish(tasks, task, input.outcome, reason);
}

/** Record `task` as done; decide when nothing is left open. */
function finish(tasks: readonly TaskView[], task: TaskView, outcome: TaskOutcome, reason: string): CompletionPlan {
  const after = tasks.map((t) => (t.id === task.id ? { ...t, status: 'done' as const, outcome, reason } : t));
  const open = after.some((t) => t.status === 'pending' || t.status === 'active');
  const lead = decidingStep(after);
  if (open || !lead || lead.status !== 'done' || (lead.outcome !== 'approve' && lead.outcome !== 'deny')) {
    return { ok: true, activate: null, decision: null, awaitsEscalation: false };
  }
  return { ok: true, activate: null, decision: combineDecision(after, lead), awaitsEscalation: false };
}

/** The lead's decision, turned into a denial (with their reasons) when a co-department refused. */
function combineDecision(tasks: readonly TaskView[], lead: TaskView): { decision: Decision; reason: string } {
  const refusals = tasks
    .filter((t) => t.kind === 'joint' && t.outcome === 'deny')
    .map((t) => `${t.departmentName ? `${t.departmentName}：` : ''}${t.reason ?? ''}`.trim());
  if (lead.outcome === 'approve' && refusals.length === 0) return { decision: 'approve', reason: lead.reason ?? '' };
  const own = lead.outcome === 'deny' ? [lead.reason ?? ''] : [];
  const reason = [...own, ...refusals.map((r) => `协办部门不同意（${r}）`)].filter((r) => r !== '').join('；');
  return { decision: 'deny', reason };
}
