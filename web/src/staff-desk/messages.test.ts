import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('staff desk messages', () => {
  it('has Chinese and English for every literal key the components use', () => {
    const used = new Set<string>();
    for (const file of sources(import.meta.dirname))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });

  it('covers the keys built at run time (statuses, live state, settings)', () => {
    const families: [string, string[]][] = [
      ['windowStatus', ['open', 'paused', 'closed']],
      ['ticketStatus', ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'expired']],
      ['live', ['live', 'connecting', 'offline']],
      ['unit', ['times', 'minutes', 'days', 'workdays']],
    ];
    const settings = [
      'recallLimit',
      'bookingDays',
      'bookingCloseMinutes',
      'cancelCloseMinutes',
      'noShowAfterMinutes',
      'noShowBlockCount',
      'noShowWindowDays',
      'blockDays',
    ];
    const keys = [
      ...families.flatMap(([p, vs]) => vs.map((v) => `${p}.${v}`)),
      ...settings.flatMap((s) => [`settings.${s}`, `settings.${s}.hint`]),
    ];
    expect(keys.filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });
});
