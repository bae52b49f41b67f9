import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToChineseCapital, MAX_FEN } from './fee-money.js';

/** Read a capital amount back (an independent reading, to check every amount round-trips). */
function readCapital(s: string): number {
  const digit: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
  const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
  const m = /^(?:(.+)元)?(?:零)?(?:(.)角)?(?:(.)分)?(整)?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${s}`);
  let yuan = 0;
  let section = 0;
  let pending = 0;
  for (const ch of m[1] ?? '') {
    if (ch in digit) pending = digit[ch] as number;
    else if (ch in small) {
      section += pending * (small[ch] as number);
      pending = 0;
    } else if (ch === '万' || ch === '亿') {
      const unit = ch === '万' ? 10_000 : 100_000_000;
      yuan = (yuan + section + pending) * unit;
      if (ch === '万' && yuan >= 100_000_000 * 10_000) throw new Error('unexpected');
      section = 0;
      pending = 0;
    }
  }
  yuan += section + pending;
  return yuan * 100 + (m[2] ? (digit[m[2]] as number) * 10 : 0) + (m[3] ? (digit[m[3]] as number) : 0);
}

describe('fenToChineseCapital 大写金额', () => {
  it.each([
    [12345, '壹佰贰拾叁元肆角伍分'],
    [0, '零元整'],
    [1, '壹分'],
    [40, '肆角整'],
    [45, '肆角伍分'],
    [8000, '捌拾元整'],
    [1600, '壹拾陆元整'],
    [12340, '壹佰贰拾叁元肆角整'],
    [32504, '叁佰贰拾伍元零肆分'],
    [100500, '壹仟零伍元整'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [140950, '壹仟肆佰零玖元伍角整'],
    [10700053, '壹拾万零柒仟元伍角叁分'], // the rules allow this or 壹拾万柒仟元零伍角叁分,
    [1050000, '壹万零伍佰元整'],
    [100000500, '壹佰万零伍元整'],
    [10000500000, '壹亿零伍仟元整'],
    [10000000000, '壹亿元整'],
    [280000, '贰仟捌佰元整'],
    [123456789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
  ])('%i fen → %s', (fen, text) => {
    expect(fenToChineseCapital(fen)).toBe(text);
  });

  it('refuses what is not integer fen', () => {
    for (const x of [-1, 0.5, Number.NaN]) expect(() => fenToChineseCapital(x)).toThrow(RangeError);
  });

  it('every amount reads back to itself, with 整 only after 元 or 角 and no doubled 零', () => {
    fc.assert(
      // 0 is the one amount written "零元整" (table above)
      fc.property(fc.integer({ min: 1, max: MAX_FEN }), (fen) => {
        const s = fenToChineseCapital(fen);
        expect(readCapital(s)).toBe(fen);
        expect(s).not.toMatch(/零零|零元|零万|零亿|分整/);
        expect(s.endsWith('整')).toBe(fen % 10 === 0);
      }),
    );
  });
});
