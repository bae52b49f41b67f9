import { describe, expect, it } from 'vitest';
import { type CompletionCase, decidingStep, planCompletion, type TaskView } from './case-review-tasks.js';

const promised: CompletionCase = { kind: 'promised', escalatedFromLowerHall: false };
const jointCase: CompletionCase = { kind: 'joint', escalatedFromLowerHall: false };
const reported: CompletionCase = { kind: 'reported', escalatedFromLowerHall: false };
const reportedChild: CompletionCase = { kind: 'reported', escalatedFromLowerHall: true };

const s = (
  id: string,
  position: number,
  status: TaskView['status'],
  outcome: TaskView['outcome'] = null,
): TaskView => ({
  id,
  kind: 'step',
  position,
  status,
  outcome,
});
const j = (id: string, status: TaskView['status'], outcome: TaskView['outcome'] = null, reason = ''): TaskView => ({
  id,
  kind: 'joint',
  position: 100,
  status,
  outcome,
  reason,
  departmentName: `协办${id}`,
});

const threeSteps = [s('a', 1, 'active'), s('b', 2, 'pending'), s('c', 3, 'pending')];

describe('planCompletion', () => {
  it('passes a middle step and activates the next one', () => {
    expect(planCompletion(promised, threeSteps, { taskId: 'a', outcome: 'pass', reason: '' })).toEqual({
      ok: true,
      activate: 'b',
      decision: null,
      awaitsEscalation: false,
    });
  });

  it('only the last step decides; earlier steps cannot approve or deny', () => {
    for (const outcome of ['approve', 'deny'] as const) {
      const p = planCompletion(promised, threeSteps, { taskId: 'a', outcome, reason: '理由' });
      expect(p).toEqual({ ok: false, problem: '只有最后一个环节才能作出准予或不予的决定' });
    }
  });

  it('the last step must approve or deny, and decides the case', () => {
    const tasks = [s('a', 1, 'done', 'pass'), s('b', 2, 'done', 'pass'), s('c', 3, 'active')];
    expect(planCompletion(promised, tasks, { taskId: 'c', outcome: 'pass', reason: '' }).ok).toBe(false);
    expect(planCompletion(promised, tasks, { taskId: 'c', outcome: 'approve', reason: '' })).toEqual({
      ok: true,
      activate: null,
      decision: { decision: 'approve', reason: '' },
      awaitsEscalation: false,
    });
    expect(planCompletion(promised, tasks, { taskId: 'c', outcome: 'deny', reason: '经营场所不符合规定' })).toEqual({
      ok: true,
      activate: null,
      decision: { decision: 'deny', reason: '经营场所不符合规定' },
      awaitsEscalation: false,
    });
  });

  it('a denial without a reason is refused', () => {
    const tasks = [s('c', 1, 'active')];
    const p = planCompletion(promised, tasks, { taskId: 'c', outcome: 'deny', reason: '  ' });
    expect(p).toEqual({ ok: false, problem: '作出不予决定或不同意意见，必须说明理由' });
  });

  it('refuses a task that is not active (pending, done) or unknown', () => {
    expect(planCompletion(promised, threeSteps, { taskId: 'b', outcome: 'pass', reason: '' }).ok).toBe(false);
    expect(planCompletion(promised, threeSteps, { taskId: 'zz', outcome: 'pass', reason: '' }).ok).toBe(false);
    const done = [s('a', 1, 'done', 'approve')];
    expect(planCompletion(promised, done, { taskId: 'a', outcome: 'approve', reason: '' }).ok).toBe(false);
  });

  describe('joint cases (联办件) are decided when every task is done', () => {
    it('the lead decides first: no decision while a co-department is still working', () => {
      const tasks = [s('lead', 1, 'active'), j('x', 'active'), j('y', 'done', 'pass')];
      expect(planCompletion(jointCase, tasks, { taskId: 'lead', outcome: 'approve', reason: '' })).toEqual({
        ok: true,
        activate: null,
        decision: null,
        awaitsEscalation: false,
      });
    });

    it('the last co-department to finish brings the lead’s decision', () => {
      const tasks = [s('lead', 1, 'done', 'approve'), j('x', 'active'), j('y', 'done', 'pass')];
      expect(planCompletion(jointCase, tasks, { taskId: 'x', outcome: 'pass', reason: '' })).toMatchObject({
        ok: true,
        decision: { decision: 'approve' },
      });
    });

    it('a co-department refusing after the lead approved turns the decision into a denial with its reason', () => {
      const tasks = [s('lead', 1, 'done', 'approve'), j('x', 'active')];
      expect(
        planCompletion(jointCase, tasks, { taskId: 'x', outcome: 'deny', reason: '消防验收不合格' }),
      ).toMatchObject({
        ok: true,
        decision: { decision: 'deny', reason: '协办部门不同意（协办x：消防验收不合格）' },
      });
    });

    it('the lead cannot approve once a co-department refused, but can deny', () => {
      const tasks = [s('lead', 1, 'active'), j('x', 'done', 'deny', '不合格')];
      expect(planCompletion(jointCase, tasks, { taskId: 'lead', outcome: 'approve', reason: '' })).toEqual({
        ok: false,
        problem: '有协办部门不同意，不能作出准予决定',
      });
      expect(planCompletion(jointCase, tasks, { taskId: 'lead', outcome: 'deny', reason: '材料不实' })).toMatchObject({
        ok: true,
        decision: { decision: 'deny', reason: '材料不实；协办部门不同意（协办x：不合格）' },
      });
    });

    it('co-departments give pass or deny, never approve', () => {
      const tasks = [s('lead', 1, 'active'), j('x', 'active')];
      expect(planCompletion(jointCase, tasks, { taskId: 'x', outcome: 'approve', reason: '' }).ok).toBe(false);
      expect(planCompletion(jointCase, tasks, { taskId: 'x', outcome: 'pass', reason: '' })).toMatchObject({
        ok: true,
        decision: null,
      });
    });
  });

  describe('reported-up cases (上报件)', () => {
    it('are only reviewed first here: the first step passes and the case waits for escalation', () => {
      const tasks = [s('a', 1, 'active'), s('b', 2, 'pending')];
      expect(planCompletion(reported, tasks, { taskId: 'a', outcome: 'pass', reason: '' })).toEqual({
        ok: true,
        activate: null,
        decision: null,
        awaitsEscalation: true,
      });
      expect(planCompletion(reported, tasks, { taskId: 'a', outcome: 'deny', reason: '不符' }).ok).toBe(false);
    });

    it('the case at the parent hall decides with its last step', () => {
      const tasks = [s('b', 1, 'active')];
      expect(planCompletion(reportedChild, tasks, { taskId: 'b', outcome: 'approve', reason: '' })).toMatchObject({
        ok: true,
        decision: { decision: 'approve' },
      });
    });
  });

  it('decidingStep is the last step not skipped', () => {
    expect(decidingStep([s('a', 1, 'done'), s('b', 2, 'skipped'), j('x', 'active')])?.id).toBe('a');
    expect(decidingStep([s('a', 1, 'done'), s('b', 2, 'pending')])?.id).toBe('b');
  });
});
