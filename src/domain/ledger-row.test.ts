import { describe, expect, it } from 'vitest';
import { applicantMasked, kindLabel, ledgerResult, onTimeLabel, statusLabel } from './ledger-row.js';

describe('ledger rows 台账行', () => {
  it('masks persons and keeps registered enterprise names', () => {
    expect(applicantMasked('person', '张三')).toBe('张*');
    expect(applicantMasked('person', '欧阳明月')).toBe('欧**月');
    expect(applicantMasked('enterprise', '东岭县示范食品有限公司')).toBe('东岭县示范食品有限公司');
    expect([...applicantMasked('enterprise', '长'.repeat(60))]).toHaveLength(40);
  });

  it('states the result in words', () => {
    expect(ledgerResult('decided', 'approve')).toBe('准予许可');
    expect(ledgerResult('closed', 'deny')).toBe('不予许可');
    expect(ledgerResult('rejected', null)).toBe('不予受理');
    expect(ledgerResult('withdrawn', null)).toBe('申请人撤回');
    expect(ledgerResult('correction_requested', null)).toBe('待受理');
    expect(ledgerResult('suspended', null)).toBe('办理中');
  });

  it('labels status, kind and on-time in Chinese, passing unknown values through', () => {
    expect(statusLabel('in_review')).toBe('审查中');
    expect(statusLabel('mystery')).toBe('mystery');
    expect(kindLabel('joint')).toBe('联办件');
    expect(onTimeLabel(1)).toBe('是');
    expect(onTimeLabel(0)).toBe('否');
    expect(onTimeLabel(null)).toBe('');
  });
});
