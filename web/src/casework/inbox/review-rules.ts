import type { CaseKind, CaseTask, CaseView } from '../types';

/** 特别程序: procedures whose time does not count (行政许可法 art. 45), and the site survey 现场踏勘. */
export const SPECIAL_PROCEDURES = ['听证', '检验检测', '专家评审', '现场踏勘', '招标', '拍卖', '鉴定', '检疫'] as const;

export type Outcome = 'pass' | 'approve' | 'deny';

/**
 * What completing this task may conclude (mirrors src/domain/case-review-tasks.ts, which the server
 * enforces): a joint sub-task agrees (通过) or refuses (不予); a 上报件's review here is a first review
 * (通过, then it is forwarded up); an earlier step passes the case on; the last step decides (准予 / 不予).
 */
export function outcomesFor(
  task: Pick<CaseTask, 'id' | 'kind' | 'position'>,
  c: Pick<CaseView, 'kind' | 'parentCaseId' | 'tasks'>,
): Outcome[] {
  if (task.kind === 'joint') return ['pass', 'deny'];
  if (c.kind === 'reported' && !c.parentCaseId) return ['pass'];
  const later = c.tasks.some(
    (x) => x.kind === 'step' && x.id !== task.id && x.position > task.position && x.status === 'pending',
  );
  return later ? ['pass'] : ['approve', 'deny'];
}

/** The body of POST /cases/{id}/tasks/{taskId}/complete, or which field is missing. */
export function completionBody(
  rowVersion: number,
  input: { outcome: Outcome | undefined; opinion: string; reason: string },
): { ok: true; body: Record<string, unknown> } | { ok: false; error: 'outcome' | 'opinion' | 'reason' } {
  if (!input.outcome) return { ok: false, error: 'outcome' };
  const opinion = input.opinion.trim();
  if (!opinion) return { ok: false, error: 'opinion' };
  const reason = input.reason.trim();
  if (input.outcome === 'deny' && !reason) return { ok: false, error: 'reason' };
  return {
    ok: true,
    body: { rowVersion, opinion, outcome: input.outcome, ...(input.outcome === 'deny' ? { reason } : {}) },
  };
}

/** An extension adds 10 working days (department head), 15 for joint cases (government head). */
export function extensionDays(kind: CaseKind): number {
  return kind === 'joint' ? 15 : 10;
}

/** Action names of src/domain/case-state.ts that the review panel offers. */
export type ReviewAction = 'pause' | 'resume' | 'request_extension' | 'decide_extension' | 'escalate';

/** Whether the server lists the action as allowed for me on this case (state, kind and permission). */
export function allows(c: Pick<CaseView, 'allowedActions'>, action: ReviewAction): boolean {
  return Array.isArray(c.allowedActions) && c.allowedActions.includes(action);
}

/** A 上报件 whose first review here is done waits to be forwarded to the parent hall. */
export function awaitsEscalation(c: Pick<CaseView, 'kind' | 'parentCaseId' | 'status' | 'tasks'>): boolean {
  if (c.kind !== 'reported' || c.parentCaseId || c.status !== 'in_review') return false;
  const steps = c.tasks.filter((x) => x.kind === 'step').sort((a, b) => a.position - b.position);
  return steps.length > 0 && steps[0].status === 'done';
}
