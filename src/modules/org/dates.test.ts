import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsBefore, todayInChina } from './dates.js';

describe('todayInChina', () => {
  it('uses China Standard Time whatever the server zone', () => {
    // 2026-03-01 17:30 UTC is already 2026-03-02 01:30 in Beijing
    expect(todayInChina(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
  });
});

describe('monthsBefore', () => {
  it('goes back whole months and across years', () => {
    expect(monthsBefore('2026-05-15', 12)).toBe('2025-05-15');
    expect(monthsBefore('2026-01-31', 1)).toBe('2025-12-31');
    expect(monthsBefore('2026-02-10', 14)).toBe('2024-12-10');
  });

  it('clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2025-03-31', 13)).toBe('2024-02-29');
  });

  it('always yields a valid earlier date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 48 }),
        (d, n) => {
          const iso = d.toISOString().slice(0, 10);
          const back = monthsBefore(iso, n);
          expect(back < iso).toBe(true);
          expect(new Date(`${back}T00:00:00Z`).toISOString().slice(0, 10)).toBe(back);
        },
      ),
    );
  });
});
