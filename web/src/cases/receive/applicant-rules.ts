/** Client-side checks of the applicant 申请人 (the server checks again): GB 11643 ID numbers, GB 32100 credit codes. */
import { checkCreditCode } from '../../../../src/domain/credit-code';
import { idNumberProblem } from '../../../../src/domain/id-number';
import type { ApplicantType } from '../types';

export type FieldCheck = { level: 'ok' } | { level: 'warning'; key: string } | { level: 'error'; key: string };

/** A person's ID number: any problem blocks (the message key names it). */
export function checkPersonId(raw: string, today = new Date()): FieldCheck {
  if (!raw.trim()) return { level: 'error', key: 'applicant.idRequired' };
  const problem = idNumberProblem(raw, today);
  return problem ? { level: 'error', key: `idProblem.${problem}` } : { level: 'ok' };
}

/** An enterprise's credit code: a bad format blocks, a bad check digit only warns (early pilot codes are legal). */
export function checkEnterpriseCode(raw: string): FieldCheck {
  if (!raw.trim()) return { level: 'error', key: 'applicant.codeRequired' };
  const r = checkCreditCode(raw);
  if (!r.ok) return { level: 'error', key: 'creditProblem.format' };
  return r.checkDigitValid ? { level: 'ok' } : { level: 'warning', key: 'creditProblem.checkDigit' };
}

export function checkIdentifier(type: ApplicantType, raw: string, today = new Date()): FieldCheck {
  return type === 'person' ? checkPersonId(raw, today) : checkEnterpriseCode(raw);
}

/** A mobile (11 digits starting with 1) or a landline with area code (0xx-xxxxxxx). */
export function isPhone(raw: string): boolean {
  const s = raw.trim().replace(/\s+/g, '');
  return /^1[3-9]\d{9}$/.test(s) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(s);
}
