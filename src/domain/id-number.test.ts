import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from './credit-code.js';
import { idNumberCheckDigit, idNumberProblem, isValidIdNumber } from './id-number.js';

describe('GB 11643 ID numbers', () => {
  it.each(['11010519491231002X', '440524188001010014', '34052419800101001X'])('accepts the test vector %s', (id) => {
    expect(idNumberProblem(id)).toBeNull();
  });

  it.each([
    ['11010519491231002', 'format'],
    ['1101051949123100AX', 'format'],
    ['99010519491231002X', 'division'],
    ['110105194902300021', 'birthDate'], // 30 February
    ['110105299901010021', 'birthDate'], // in the future
    ['110105194912310021', 'checkDigit'],
  ])('rejects %s as %s', (id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
  });

  it('accepts a lower-case x check digit', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('every 17-digit body has exactly one valid check character', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (d, seq) => {
          const body = `350102${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
          const valid = [...'0123456789X'].filter((c) => isValidIdNumber(body + c));
          expect(valid).toEqual([idNumberCheckDigit(body)]);
        },
      ),
    );
  });
});

describe('GB 32100 unified social credit codes', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '91440300708461136T'])('accepts the test vector %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, checkDigitValid: true });
  });

  it('warns (does not block) on a wrong check character', () => {
    const r = checkCreditCode('91350100M000100Y44');
    expect(r.ok).toBe(true);
    expect(r.ok && r.checkDigitValid).toBe(false);
  });

  it.each(['91350100M000100Y4', '91350100M0001O0Y43', '9135AB00M000100Y43'])('rejects malformed %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: false, problem: 'format' });
  });

  it('the computed check character always validates', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...charset), { minLength: 9, maxLength: 9 }), (ident) => {
        const body = `91350100${ident.join('')}`;
        expect(checkCreditCode(body + creditCodeCheckChar(body))).toEqual({ ok: true, checkDigitValid: true });
      }),
    );
  });
});
