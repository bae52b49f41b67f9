import { describe, expect, it } from 'vitest';
import { assignmentProblem } from './assign-staff.js';
import { residencyChangeProblem } from './change-residency.js';

describe('residencyChangeProblem', () => {
  const current = { residency: 'resident', residency_since: '2026-01-01' };
  it('allows a real change dated between the current start and today', () => {
    expect(residencyChangeProblem(current, { residency: 'withdrawn', effectiveOn: '2026-03-01' }, '2026-03-01')).toBe(
      null,
    );
    expect(residencyChangeProblem(current, { residency: 'appointment', effectiveOn: '2026-01-01' }, '2026-03-01')).toBe(
      null,
    );
  });
  it('refuses no-op, backdated and future changes', () => {
    expect(residencyChangeProblem(current, { residency: 'resident', effectiveOn: '2026-02-01' }, '2026-03-01')).toBe(
      '该单位已是“常驻”状态，无需变更',
    );
    expect(residencyChangeProblem(current, { residency: 'withdrawn', effectiveOn: '2025-12-31' }, '2026-03-01')).toBe(
      '生效日期不能早于当前状态的起始日期（2026-01-01）',
    );
    expect(residencyChangeProblem(current, { residency: 'withdrawn', effectiveOn: '2026-03-02' }, '2026-03-01')).toBe(
      '生效日期不能晚于今天',
    );
  });
});

describe('assignmentProblem', () => {
  const staff = { hall_id: 'h1', active: 1 };
  const win = { hall_id: 'h1', status: 'open' };
  const today = '2026-06-30';
  it('allows assigning a free or moving staff member', () => {
    expect(assignmentProblem(staff, win, 'w1', [], '2026-06-01', today)).toBe(null);
    expect(assignmentProblem(staff, win, 'w2', [{ window_id: 'w1', from_date: '2026-01-01' }], today, today)).toBe(
      null,
    );
    expect(assignmentProblem(staff, null, null, [{ window_id: 'w1', from_date: '2026-01-01' }], today, today)).toBe(
      null,
    );
  });
  it('refuses inactive staff, foreign or closed windows, repeats, and bad dates', () => {
    expect(assignmentProblem({ ...staff, active: 0 }, win, 'w1', [], today, today)).toMatch('已停用');
    expect(assignmentProblem(staff, { ...win, hall_id: 'h2' }, 'w1', [], today, today)).toMatch('所在大厅');
    expect(assignmentProblem(staff, undefined, 'w1', [], today, today)).toMatch('所在大厅');
    expect(assignmentProblem(staff, { ...win, status: 'closed' }, 'w1', [], today, today)).toMatch('已关闭');
    expect(assignmentProblem(staff, win, 'w1', [{ window_id: 'w1', from_date: '2026-01-01' }], today, today)).toMatch(
      '已在此窗口',
    );
    expect(assignmentProblem(staff, null, null, [], today, today)).toMatch('没有窗口安排');
    expect(assignmentProblem(staff, win, 'w1', [], '2026-07-01', today)).toMatch('不能晚于今天');
    expect(
      assignmentProblem(staff, win, 'w2', [{ window_id: 'w1', from_date: '2026-05-01' }], '2026-04-30', today),
    ).toBe('日期不能早于当前安排的开始日期（2026-05-01）');
  });
});
