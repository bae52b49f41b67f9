import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  generateBookingCode,
  normaliseBookingCode,
} from './appointment-code.js';

describe('booking codes', () => {
  it('are 8 characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateBookingCode();
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    }
    for (const ch of '01OIL') expect(BOOKING_CODE_ALPHABET).not.toContain(ch);
  });

  it('do not repeat across many draws', () => {
    const seen = new Set(Array.from({ length: 5000 }, () => generateBookingCode()));
    expect(seen.size).toBe(5000);
  });

  it('skip bytes that would bias the draw', () => {
    // 31 × 8 = 248: bytes 248–255 are dropped, 0 maps to '2', 30 to 'Z'.
    const bytes = [255, 248, 0, 30, 31, 1, 2, 3, 4, 5, 6];
    let i = 0;
    const code = generateBookingCode((n) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]));
    expect(code).toBe('2Z234567');
  });

  it('every generated code normalises to itself; spaces, dashes and case are tolerated', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (buf) => {
        let used = false;
        const code = generateBookingCode((n) => {
          if (used) return new Uint8Array(n); // zeros: always usable
          used = true;
          return buf.slice(0, n);
        });
        return code.length === BOOKING_CODE_LENGTH && normaliseBookingCode(code) === code;
      }),
    );
    expect(normaliseBookingCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normaliseBookingCode(' 2345 6789 ')).toBe('23456789');
    expect(normaliseBookingCode('ABCDEFG0')).toBeNull();
    expect(normaliseBookingCode('ABCDEFG')).toBeNull();
  });
});
