import { formatFen, MAX_FEN, parseYuan } from '../../../../../src/domain/fee-money';
import { type FeeCategory, type FeeMode, standardProblems } from '../../../../../src/domain/fee-rules';
import type { FeeLineInput, FeeLineView } from './types';

/**
 * The fee catalog editor's form ↔ API conversion and its checks, mirroring the server's rules
 * (src/modules/fees/schema.ts, standardProblems in src/domain/fee-rules.ts). Amounts are typed in
 * yuan as text and converted to integer fen with parseYuan — never through floating point.
 */

/** A line as the form holds it: amounts are the yuan text the manager typed. */
export interface DraftLine {
  code: string;
  name: string;
  category: FeeCategory;
  mode: FeeMode;
  amount: string;
  unitPrice: string;
  unitName: string;
  cap: string;
  basis: string;
  receivingDepartmentId: string;
  waivable: boolean;
  waiverRules: string;
  waiverBasis: string;
}

export type DraftField = keyof DraftLine;
/** Problems of one line: field → message key (messages.ts `fc.err.*`). */
export type LineProblems = Partial<Record<DraftField, string>>;

export const MAX_LINES = 50;
const CODE_RE = /^[A-Za-z0-9-]{1,12}$/;

/** "1234.50" for an input box (formatFen's digits without ¥ and thousands separators). */
export function yuanInput(fen: number | null): string {
  return fen === null ? '' : formatFen(fen).replace('¥', '').replaceAll(',', '');
}

export function emptyDraft(departmentId: string): DraftLine {
  return {
    code: '',
    name: '',
    category: 'administrative',
    mode: 'fixed',
    amount: '',
    unitPrice: '',
    unitName: '',
    cap: '',
    basis: '',
    receivingDepartmentId: departmentId,
    waivable: false,
    waiverRules: '',
    waiverBasis: '',
  };
}

export function draftOf(l: FeeLineView): DraftLine {
  return {
    code: l.code,
    name: l.name,
    category: l.category,
    mode: l.mode,
    amount: yuanInput(l.amountFen),
    unitPrice: yuanInput(l.unitPriceFen),
    unitName: l.unitName,
    cap: yuanInput(l.capFen),
    basis: l.basis,
    receivingDepartmentId: l.receivingDepartmentId,
    waivable: l.waivable,
    waiverRules: l.waiverRules,
    waiverBasis: l.waiverBasis,
  };
}

/** The fen of a yuan text, or the key of what is wrong with it. */
function money(text: string, required: boolean): { fen: number | null; problem?: string } {
  if (!text.trim()) return required ? { fen: null, problem: 'fc.err.moneyRequired' } : { fen: null };
  const fen = parseYuan(text);
  if (fen === null) return { fen: null, problem: 'fc.err.moneyFormat' };
  if (fen < 1) return { fen: null, problem: 'fc.err.moneyMin' };
  if (fen > MAX_FEN) return { fen: null, problem: 'fc.err.moneyMax' };
  return { fen };
}

const len = (s: string) => [...s.trim()].length;

/** The code the server will store: the typed one, or F01, F02… by position. */
export function effectiveCode(d: Pick<DraftLine, 'code'>, index: number): string {
  return d.code.trim() || `F${String(index + 1).padStart(2, '0')}`;
}

/** Problems of line `index` among `all` (for the unique code), keyed by field. */
export function lineProblems(d: DraftLine, index: number, all: readonly DraftLine[]): LineProblems {
  const p: LineProblems = {};
  const code = d.code.trim();
  if (code && !CODE_RE.test(code)) p.code = 'fc.err.codeFormat';
  else if (all.some((o, i) => i !== index && effectiveCode(o, i) === effectiveCode(d, index))) {
    p.code = 'fc.err.codeDuplicate';
  }
  if (len(d.name) < 2 || len(d.name) > 100) p.name = 'fc.err.name';
  if (len(d.basis) < 2 || len(d.basis) > 1000) p.basis = 'fc.err.basis';
  if (!d.receivingDepartmentId) p.receivingDepartmentId = 'fc.err.department';
  if (len(d.waiverRules) > 1000) p.waiverRules = 'fc.err.tooLong';
  if (len(d.waiverBasis) > 1000) p.waiverBasis = 'fc.err.tooLong';
  if (d.mode === 'fixed') {
    const a = money(d.amount, true);
    if (a.problem) p.amount = a.problem;
  } else {
    const unit = money(d.unitPrice, true);
    if (unit.problem) p.unitPrice = unit.problem;
    if (!d.unitName.trim()) p.unitName = 'fc.err.unitName';
    else if (len(d.unitName) > 20) p.unitName = 'fc.err.unitNameLong';
    const cap = money(d.cap, false);
    if (cap.problem) p.cap = cap.problem;
    else if (cap.fen !== null && unit.fen !== null && cap.fen < unit.fen) p.cap = 'fc.err.capBelowUnit';
  }
  return p;
}

/** The request line of a valid draft (amounts in fen; only the fields of its mode). */
export function inputOf(d: DraftLine): FeeLineInput {
  const fixed = d.mode === 'fixed';
  const input: FeeLineInput = {
    name: d.name.trim(),
    category: d.category,
    mode: d.mode,
    amountFen: fixed ? parseYuan(d.amount) : null,
    unitPriceFen: fixed ? null : parseYuan(d.unitPrice),
    unitName: fixed ? '' : d.unitName.trim(),
    capFen: fixed || !d.cap.trim() ? null : parseYuan(d.cap),
    basis: d.basis.trim(),
    receivingDepartmentId: d.receivingDepartmentId,
    waivable: d.waivable,
    waiverRules: d.waivable ? d.waiverRules.trim() : '',
    waiverBasis: d.waivable ? d.waiverBasis.trim() : '',
  };
  if (d.code.trim()) input.code = d.code.trim();
  const wrong = standardProblems(input);
  if (wrong.length > 0) throw new RangeError(wrong.join('；'));
  return input;
}

/** Server field names → form field names. */
const SERVER_FIELDS: Record<string, DraftField> = {
  amountFen: 'amount',
  unitPriceFen: 'unitPrice',
  capFen: 'cap',
};

/** `/lines/2/amountFen` (a problem's path) → ['lines', 2, 'amount']; null when it names no line field. */
export function fieldOfServerPath(path: string): ['lines', number, DraftField] | null {
  const m = /^\/?lines\/(\d+)\/(\w+)$/.exec(path);
  if (!m) return null;
  const name = m[2] as string;
  return ['lines', Number(m[1]), SERVER_FIELDS[name] ?? (name as DraftField)];
}
