import { describe, expect, it } from 'vitest';
import { decisionNotice, REMEDY_NOTICE } from './case-review-notices.js';
import {
  escalationLimitDays,
  escalationProblem,
  extensionDecisionProblem,
  extensionRequestProblem,
  extensionRule,
  pauseNameProblem,
} from './case-review-procedures.js';
import type { TaskView } from './case-review-tasks.js';

describe('pauseNameProblem (special procedures 特别程序 stop the clock)', () => {
  it('accepts the procedures of art. 45 and the site survey', () => {
    for (const n of ['听证', '检验检测', '专家评审', '现场踏勘', '鉴定']) expect(pauseNameProblem(n, [])).toBeNull();
  });
  it('accepts the item’s own procedure that is not counted in the limit', () => {
    expect(pauseNameProblem('环境影响评价公示', [{ name: '环境影响评价公示', countedInLimit: false }])).toBeNull();
  });
  it('refuses a procedure the item counts in the limit, an unknown name and an empty one', () => {
    expect(pauseNameProblem('现场踏勘', [{ name: '现场踏勘', countedInLimit: true }])).toContain('计入办理时限');
    expect(pauseNameProblem('领导出差', [])).toContain('不是法定不计入时限的特别程序');
    expect(pauseNameProblem(' ', [])).toBe('请填写特别程序名称');
  });
});

describe('extensions 延期 (行政许可法 art. 42)', () => {
  it('10 working days with the department head’s approval; 15 for joint cases with the government head’s', () => {
    expect(extensionRule('promised')).toMatchObject({ days: 10, approverTitle: '本行政机关负责人' });
    expect(extensionRule('reported')).toMatchObject({ days: 10 });
    expect(extensionRule('joint')).toMatchObject({ days: 15, approverTitle: '本级人民政府负责人' });
  });

  it('may be requested once, within the limit, and not while one is pending', () => {
    expect(extensionRequestProblem('2026-11-09', '2026-11-09', [])).toBeNull();
    expect(extensionRequestProblem('2026-11-09', '2026-11-10', [])).toBe('已超过办理期限，不能再申请延期');
    expect(extensionRequestProblem('2026-11-09', '2026-11-02', [{ status: 'requested' }])).toBe('已有待审批的延期申请');
    expect(extensionRequestProblem('2026-11-09', '2026-11-02', [{ status: 'approved' }])).toBe(
      '本件已延期一次，不能再次延期',
    );
    expect(extensionRequestProblem('2026-11-09', '2026-11-02', [{ status: 'refused' }])).toBeNull();
    expect(extensionRequestProblem(null, '2026-11-02', [])).toBe('办件尚无办理期限');
  });

  it('is approved only within the limit; refusing is always possible; decided once', () => {
    const pending = { status: 'requested' as const };
    expect(extensionDecisionProblem(pending, true, '2026-11-09', '2026-11-09')).toBeNull();
    expect(extensionDecisionProblem(pending, true, '2026-11-09', '2026-11-10')).toBe('已超过办理期限，不能批准延期');
    expect(extensionDecisionProblem(pending, false, '2026-11-09', '2026-11-10')).toBeNull();
    expect(extensionDecisionProblem({ status: 'approved' }, true, '2026-11-09', '2026-11-02')).toBe('该延期申请已处理');
  });
});

describe('escalationProblem (上报件 after 初审)', () => {
  const step = (status: TaskView['status'], position = 1): TaskView => ({
    id: `s${position}`,
    kind: 'step',
    position,
    status,
    outcome: null,
  });
  const reported = { kind: 'reported' as const, escalatedFromLowerHall: false, parentHallId: 'city' };
  it('allows a reported case whose first review is done', () => {
    expect(escalationProblem(reported, [step('done'), step('pending', 2)])).toBeNull();
  });
  it('refuses before the first review, other kinds, cases already escalated to here, and root halls', () => {
    expect(escalationProblem(reported, [step('active')])).toBe('请先完成初审环节');
    expect(escalationProblem({ ...reported, kind: 'promised' }, [step('done')])).toBe('只有上报件可以报送上级');
    expect(escalationProblem({ ...reported, escalatedFromLowerHall: true }, [step('done')])).toContain('下级报送');
    expect(escalationProblem({ ...reported, parentHallId: null }, [step('done')])).toContain('没有上级大厅');
  });
});

describe('escalationLimitDays', () => {
  it('gives the parent hall the working days left until the promised date', () => {
    expect(escalationLimitDays(6, 2)).toBe(6);
    expect(escalationLimitDays(1, 5)).toBe(1);
  });
  it('falls back to the remaining step shares (at least 1) when the promised date has passed', () => {
    expect(escalationLimitDays(0, 3)).toBe(3);
    expect(escalationLimitDays(-2, 0)).toBe(1);
  });
});

describe('notices', () => {
  const h = { caseNumber: 'DL202611020001', itemName: '食品经营许可' };
  it('a denial states its reasons and the right to reconsideration or litigation', () => {
    const d = decisionNotice(h, { decision: 'deny', reason: '经营场所不符合要求', decidedOn: '2026-11-05' });
    expect(d.title).toBe('不予行政许可决定书');
    expect(d.text).toContain('理由：经营场所不符合要求');
    expect(d.remedy).toBe(REMEDY_NOTICE);
    expect(REMEDY_NOTICE).toContain('行政复议');
    expect(REMEDY_NOTICE).toContain('行政诉讼');
  });
  it('an approval carries no remedy clause', () => {
    const d = decisionNotice(h, { decision: 'approve', reason: '', decidedOn: '2026-11-05' });
    expect(d.title).toBe('准予行政许可决定书');
    expect('remedy' in d).toBe(false);
  });
});
