import { isIsoDate } from './calendar-date.js';

/**
 * Keyset cursor of the ledger: the `(received_on, number)` of the last row shown; the next page
 * starts strictly after it in `received_on desc, number desc` order. Opaque to clients (base64url).
 */
export interface LedgerCursor {
  receivedOn: string;
  number: string;
}

export function encodeCursor(c: LedgerCursor): string {
  return Buffer.from(JSON.stringify([c.receivedOn, c.number]), 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one of ours. */
export function decodeCursor(text: string): LedgerCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [receivedOn, number] = v;
    if (typeof receivedOn !== 'string' || typeof number !== 'string') return null;
    if (!isIsoDate(receivedOn) || number.length === 0 || number.length > 64) return null;
    return { receivedOn, number };
  } catch {
    return null;
  }
}
