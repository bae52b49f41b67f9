import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask.js';
import { DEMO_PASSWORD, passwordProblem } from './password.js';

describe('masking', () => {
  it('keeps first 4 and last 4 of an ID number', () => {
    expect(maskIdNumber('35010219800101123X')).toBe('3501**********123X');
  });
  it('masks mobiles and landlines', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('0591-87654321')).toBe('0591-******21');
  });
  it('masks names but keeps the surname', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
  it('handles empty values', () => {
    expect(maskIdNumber(null)).toBe('');
    expect(maskPhone('')).toBe('');
  });
});

describe('password policy', () => {
  it.each([
    ['Short1!', 'tooShort'],
    ['alllowercase', 'tooSimple'],
    [DEMO_PASSWORD, 'demoPassword'],
    ['Zhang.San-2026', 'containsUsername'],
  ])('rejects %s (%s)', (pw, problem) => {
    expect(passwordProblem(pw, 'zhang.san')).toBe(problem);
  });
  it('accepts a long mixed password', () => {
    expect(passwordProblem('Window-Desk-88', 'zhang.san')).toBeNull();
  });
});
