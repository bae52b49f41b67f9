import { describe, expect, it } from 'vitest';
import { REMEDY_NOTICE } from '../../../../src/domain/case-review-notices';
import { messages } from '../messages';
import { caseView } from '../test-fixtures';
import type { CaseTask } from '../types';
import { awaitsEscalation, completionBody, extensionDays, outcomesFor } from './review-rules';

const step = (over: Partial<CaseTask>): CaseTask => ({ ...caseView().tasks[1], ...over });

describe('review rules', () => {
  it('lets the last step decide and earlier steps only pass', () => {
    const c = caseView({
      tasks: [step({ id: 'a', position: 1, status: 'active' }), step({ id: 'b', position: 2, status: 'pending' })],
    });
    expect(outcomesFor(c.tasks[0], c)).toEqual(['pass']);
    expect(outcomesFor(c.tasks[1], c)).toEqual(['approve', 'deny']);
  });

  it('lets a joint sub-task agree or refuse, and a 上报件 only pass its first review here', () => {
    const c = caseView({ kind: 'joint' });
    expect(outcomesFor({ id: 'j', kind: 'joint', position: 1 }, c)).toEqual(['pass', 'deny']);
    const reported = caseView({ kind: 'reported', parentCaseId: null });
    expect(outcomesFor(reported.tasks[1], reported)).toEqual(['pass']);
    const atParent = caseView({ kind: 'reported', parentCaseId: 'c-lower' });
    expect(outcomesFor(atParent.tasks[1], atParent)).toEqual(['approve', 'deny']);
  });

  it('refuses a denial without reasons, and a decision without an opinion', () => {
    expect(completionBody(3, { outcome: 'deny', opinion: '不符合条件', reason: '  ' })).toEqual({
      ok: false,
      error: 'reason',
    });
    expect(completionBody(3, { outcome: 'approve', opinion: ' ', reason: '' })).toEqual({
      ok: false,
      error: 'opinion',
    });
    expect(completionBody(3, { outcome: undefined, opinion: 'x', reason: '' })).toEqual({
      ok: false,
      error: 'outcome',
    });
    expect(completionBody(3, { outcome: 'deny', opinion: '不符合条件', reason: '场所面积不足' })).toEqual({
      ok: true,
      body: { rowVersion: 3, opinion: '不符合条件', outcome: 'deny', reason: '场所面积不足' },
    });
    expect(completionBody(4, { outcome: 'pass', opinion: '同意', reason: 'ignored' })).toEqual({
      ok: true,
      body: { rowVersion: 4, opinion: '同意', outcome: 'pass' },
    });
  });

  it('extends by 10 working days, 15 for joint cases', () => {
    expect(extensionDays('promised')).toBe(10);
    expect(extensionDays('joint')).toBe(15);
  });

  it('offers forwarding up once the first review of a 上报件 is done', () => {
    const done = caseView({ kind: 'reported', tasks: [step({ position: 1, status: 'done' })] });
    expect(awaitsEscalation(done)).toBe(true);
    expect(awaitsEscalation({ ...done, parentCaseId: 'c-lower' })).toBe(false);
    expect(awaitsEscalation(caseView({ kind: 'reported', tasks: [step({ position: 1, status: 'active' })] }))).toBe(
      false,
    );
  });

  it('shows the very remedy sentence the decision document prints', () => {
    expect(messages['review.rights'].zh).toBe(REMEDY_NOTICE);
  });
});
