import { randomBytes } from 'node:crypto';

/**
 * Booking codes (预约码): 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so a code read aloud or typed at the kiosk is unambiguous. 31^8 ≈ 8.5·10^11 codes, drawn with a
 * cryptographic generator: unguessable, and collisions are negligible (the column is unique anyway).
 */

export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BOOKING_CODE_LENGTH = 8;

/** Largest multiple of the alphabet size below 256: bytes at or above it are dropped (no modulo bias). */
const LIMIT = 256 - (256 % BOOKING_CODE_ALPHABET.length);

/** A fresh booking code; `random(n)` yields n random bytes (injectable for tests). */
export function generateBookingCode(random: (n: number) => Uint8Array = randomBytes): string {
  let code = '';
  while (code.length < BOOKING_CODE_LENGTH) {
    for (const b of random(BOOKING_CODE_LENGTH * 2)) {
      if (b >= LIMIT) continue;
      code += BOOKING_CODE_ALPHABET[b % BOOKING_CODE_ALPHABET.length];
      if (code.length === BOOKING_CODE_LENGTH) break;
    }
  }
  return code;
}

/** Upper-case, without spaces or dashes; null when it cannot be a booking code. */
export function normaliseBookingCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== BOOKING_CODE_LENGTH) return null;
  for (const ch of code) if (!BOOKING_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
