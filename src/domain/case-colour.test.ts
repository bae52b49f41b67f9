import { describe, expect, it } from 'vitest';
import { caseColour, DEFAULT_COLOUR_THRESHOLDS, thresholdsOf, thresholdsProblem } from './case-colour.js';

describe('per-hall colour thresholds', () => {
  it('defaults to PRODUCT.md §5: ≤ 1 working day left or ≥ 80 % used', () => {
    expect(thresholdsOf(1, 80)).toEqual(DEFAULT_COLOUR_THRESHOLDS);
  });

  it('compares the share in whole percent (70 % of 10 days is 7 days, not 7.000000000000001)', () => {
    const t = thresholdsOf(1, 70);
    expect(caseColour({ totalDays: 10, usedDays: 7, remainingDays: 3 }, t)).toBe('yellow');
    expect(caseColour({ totalDays: 10, usedDays: 6, remainingDays: 4 }, t)).toBe('green');
    expect(caseColour({ totalDays: 20, usedDays: 11, remainingDays: 9 }, thresholdsOf(1, 55))).toBe('yellow');
    expect(caseColour({ totalDays: 20, usedDays: 10, remainingDays: 10 }, thresholdsOf(1, 55))).toBe('green');
  });

  it('days left: 0 lights yellow only on the due day; a wider margin earlier; red stays overdue', () => {
    expect(caseColour({ totalDays: 10, usedDays: 5, remainingDays: 1 }, thresholdsOf(0, 99))).toBe('green');
    expect(caseColour({ totalDays: 10, usedDays: 5, remainingDays: 0 }, thresholdsOf(0, 99))).toBe('yellow');
    expect(caseColour({ totalDays: 10, usedDays: 5, remainingDays: 3 }, thresholdsOf(3, 99))).toBe('yellow');
    expect(caseColour({ totalDays: 10, usedDays: 11, remainingDays: -1 }, thresholdsOf(0, 99))).toBe('red');
  });

  it.each([
    [1, 80, null],
    [0, 50, null],
    [10, 99, null],
    [-1, 80, '剩余工作日阈值应为 0–10 之间的整数'],
    [11, 80, '剩余工作日阈值应为 0–10 之间的整数'],
    [1.5, 80, '剩余工作日阈值应为 0–10 之间的整数'],
    [1, 49, '已用时限比例阈值应为 50%–99% 之间的整数'],
    [1, 100, '已用时限比例阈值应为 50%–99% 之间的整数'],
    [1, 0, '已用时限比例阈值应为 50%–99% 之间的整数'],
    [1, 80.5, '已用时限比例阈值应为 50%–99% 之间的整数'],
  ])('days %s, share %s %% → %s', (days, share, problem) => {
    expect(thresholdsProblem(days, share)).toBe(problem);
  });
});
