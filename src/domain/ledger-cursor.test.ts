import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './ledger-cursor.js';

describe('ledger keyset cursor', () => {
  it('round-trips any valid key', () => {
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.string({ minLength: 1, maxLength: 64 }), (receivedOn, number) => {
        const c = { receivedOn, number };
        const text = encodeCursor(c);
        expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(text)).toEqual(c);
      }),
    );
  });

  it('rejects anything that is not one of ours', () => {
    for (const bad of [
      '',
      'not-a-cursor',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["2026-02-30","DL1"]').toString('base64url'),
      Buffer.from('["2026-03-01",""]').toString('base64url'),
      Buffer.from('["2026-03-01",5]').toString('base64url'),
      Buffer.from(`["2026-03-01","${'x'.repeat(65)}"]`).toString('base64url'),
    ])
      expect(decodeCursor(bad)).toBeNull();
  });
});
