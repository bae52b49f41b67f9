import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, assertFen, formatFen, isFen, MAX_FEN, mulFen, parseYuan, subFen, sumFen } from './fee-money.js';

describe('money helpers refuse anything but integer fen', () => {
  it.each([0.5, 1.01, Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 53, '100', null, undefined])(
    'assertFen(%s) throws',
    (x) => {
      expect(() => assertFen(x)).toThrow(RangeError);
      expect(isFen(x)).toBe(false);
    },
  );

  it('arithmetic throws on non-integers instead of rounding', () => {
    expect(() => addFen(1, 0.1)).toThrow(RangeError);
    expect(() => subFen(0.3, 0.1)).toThrow(RangeError);
    expect(() => sumFen([100, 0.5])).toThrow(RangeError);
    expect(() => mulFen(380, 2.5)).toThrow(RangeError);
    expect(() => mulFen(12.5, 2)).toThrow(RangeError);
    expect(() => mulFen(380, 0)).toThrow(RangeError);
    expect(() => mulFen(380, -2)).toThrow(RangeError);
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });

  it('refuses a product beyond the safe integer range', () => {
    expect(() => mulFen(2 ** 40, 2 ** 20)).toThrow(RangeError);
  });

  it('formats as ¥1,234.50', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(80_00)).toBe('¥80.00');
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(MAX_FEN)).toBe('¥100,000,000.00');
    expect(formatFen(-2050)).toBe('-¥20.50');
  });

  it('parses typed yuan without floating point', () => {
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan('¥80')).toBe(8000);
    expect(parseYuan('0.05')).toBe(5);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan(' 19.99 ')).toBe(1999);
    for (const bad of ['', 'abc', '1.234', '-1', '1e3', '1.2.3', '0x10']) expect(parseYuan(bad)).toBeNull();
  });

  it('format and parse are inverse for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(parseYuan(formatFen(fen))).toBe(fen);
      }),
    );
  });

  it('sums are exact integers whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), { maxLength: 200 }), (xs) => {
        const s = sumFen(xs);
        expect(Number.isSafeInteger(s)).toBe(true);
        expect(sumFen([...xs].reverse())).toBe(s);
        expect(s).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
