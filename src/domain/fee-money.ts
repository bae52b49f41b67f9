/**
 * Money 金额 as integer fen (分), end to end. Nothing here converts to or from floating point:
 * amounts are safe integers, arithmetic is integer arithmetic, and display text is built from the
 * decimal digits of the integer. Every helper refuses a non-integer with a RangeError.
 */

/** Largest amount the system accepts for one line, notice or payment: ¥100,000,000.00. */
export const MAX_FEN = 10_000_000_000;

/** An amount in fen: a safe integer ≥ 0. */
export function isFen(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** A signed amount in fen (journal entries: refunds are negative). */
export function isSignedFen(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

export function assertFen(x: unknown, what = '金额'): number {
  if (!isFen(x)) throw new RangeError(`${what}必须是以分为单位的非负整数：${String(x)}`);
  return x;
}

export function assertSignedFen(x: unknown, what = '金额'): number {
  if (!isSignedFen(x)) throw new RangeError(`${what}必须是以分为单位的整数：${String(x)}`);
  return x;
}

/** A quantity: a whole number of units ≥ 1. */
export function assertQuantity(q: unknown): number {
  if (typeof q !== 'number' || !Number.isSafeInteger(q) || q < 1) {
    throw new RangeError(`数量必须是正整数：${String(q)}`);
  }
  return q;
}

function checked(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what}超出可计算的范围`);
  return n;
}

/** a + b, both signed fen. */
export function addFen(a: number, b: number): number {
  return checked(assertSignedFen(a) + assertSignedFen(b), '金额合计');
}

/** a − b, both signed fen. */
export function subFen(a: number, b: number): number {
  return checked(assertSignedFen(a) - assertSignedFen(b), '金额差额');
}

/** Sum of signed fen amounts (0 for none). */
export function sumFen(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) total = addFen(total, a);
  return total;
}

/** unit price × quantity, both integers; refuses a product beyond the safe range. */
export function mulFen(unitFen: number, quantity: number): number {
  return checked(assertFen(unitFen, '单价') * assertQuantity(quantity), '金额');
}

export function minFen(a: number, b: number): number {
  return assertSignedFen(a) <= assertSignedFen(b) ? a : b;
}

/** ¥1,234.50 (negative: -¥1,234.50), from the digits of the integer. */
export function formatFen(fen: number): string {
  assertSignedFen(fen);
  const negative = fen < 0;
  const digits = String(negative ? -fen : fen).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${yuan}.${digits.slice(-2)}`;
}

/**
 * Parse what a person types as yuan ("1,234.5", "¥80", "0.05") into fen; null when it is not an
 * amount (letters, more than two decimals, negative). Digits only: "1234.56" → 123456.
 */
export function parseYuan(text: string): number | null {
  const s = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replaceAll(',', '')
    .replaceAll('，', '');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const whole = m[1] as string;
  const cents = (m[2] ?? '').padEnd(2, '0');
  const fen = Number.parseInt(`${whole}${cents}`, 10);
  return isFen(fen) ? fen : null;
}

const CN_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const CN_SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const CN_GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

/** The integer yuan in capital numerals: zeros between digits become one 零, empty 万/亿 groups vanish. */
function yuanCapital(digits: string): string {
  let out = '';
  let zero = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const p = digits.length - 1 - i;
    if (d === 0) {
      if (out) zero = true;
    } else {
      if (zero) out += '零';
      zero = false;
      out += `${CN_DIGITS[d]}${CN_SMALL_UNITS[p % 4]}`;
      groupHasDigit = true;
    }
    if (p % 4 === 0 && p > 0 && groupHasDigit) {
      out += CN_GROUP_UNITS[p / 4];
      groupHasDigit = false;
    }
  }
  return out;
}

/**
 * The amount in Chinese capital numerals 大写金额 for receipts, following the People's Bank rules for
 * writing amounts (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》): 12345 → '壹佰贰拾叁元肆角伍分',
 * 8000 → '捌拾元整', 32504 → '叁佰贰拾伍元零肆分', 100500 → '壹仟零伍元整', 0 → '零元整'. "整" follows 元 or 角,
 * never 分; 拾 is always written with its digit (壹拾); one 零 stands for any run of zeros inside the number.
 */
export function fenToChineseCapital(fen: number): string {
  assertFen(fen);
  const digits = String(fen).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/^0+/, '');
  const jiao = Number(digits[digits.length - 2]);
  const cents = Number(digits[digits.length - 1]);
  if (!yuan && jiao === 0 && cents === 0) return '零元整';
  const head = yuan ? `${yuanCapital(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${head}整`;
  if (jiao === 0) return `${head}${head ? '零' : ''}${CN_DIGITS[cents]}分`;
  return `${head}${CN_DIGITS[jiao]}角${cents === 0 ? '整' : `${CN_DIGITS[cents]}分`}`;
}
