import { describe, expect, it } from 'vitest';
import { createAppClock } from './app-clock.js';
import type { AppDeps } from './context.js';

describe('createAppClock', () => {
  it('keeps a fixed time per app and falls back to real time', () => {
    const clock = createAppClock();
    const a = {} as AppDeps;
    const b = {} as AppDeps;
    clock.set(a, () => new Date('2026-11-26T16:30:00.000Z'));
    expect(clock.now(a).toISOString()).toBe('2026-11-26T16:30:00.000Z');
    expect(clock.today(a)).toBe('2026-11-27');
    const before = Date.now();
    expect(clock.now(b).getTime()).toBeGreaterThanOrEqual(before);
    clock.set(a, null);
    expect(clock.now(a).getTime()).toBeGreaterThanOrEqual(before);
  });
});
