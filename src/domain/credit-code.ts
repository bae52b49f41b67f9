/** GB 32100-2015 unified social credit code (统一社会信用代码) validation. */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeResult =
  | { ok: true; checkDigitValid: true }
  /** Some early pilot codes fail the check yet are legal, so a bad check digit warns, not blocks. */
  | { ok: true; checkDigitValid: false; warning: string }
  | { ok: false; problem: 'format' };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(raw: string): CreditCodeResult {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18 || [...code].some((c) => !CHARSET.includes(c))) return { ok: false, problem: 'format' };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, problem: 'format' };
  if (creditCodeCheckChar(code) !== code[17]) {
    return {
      ok: true,
      checkDigitValid: false,
      warning: '统一社会信用代码校验位不符，请核对（部分早期代码属合法例外）',
    };
  }
  return { ok: true, checkDigitValid: true };
}
