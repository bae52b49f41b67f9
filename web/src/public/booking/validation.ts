import { idNumberProblem } from '../../../../src/domain/id-number';

/** Mobile (11 digits from 1) or landline with area code, as the server accepts. */
export const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** The message key for an invalid ID number (GB 11643), or null when it is valid. */
export function idNumberMessageKey(value: string): string | null {
  const problem = idNumberProblem(value);
  return problem ? `id.${problem}` : null;
}

/** Booking codes: 8 characters without look-alikes; spaces and dashes are ignored. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
