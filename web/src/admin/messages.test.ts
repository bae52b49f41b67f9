import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_KINDS, DISCLOSURE_KEYS, ENTRY_STATUSES, MATERIAL_FORMS } from '../../../src/domain/guide';
import { ROLES } from '../../../src/domain/roles';
import { messages } from './messages';
import { POWER_KEYS, RESIDENCIES, WINDOW_KINDS, WINDOW_STATUSES } from './types';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('admin messages', () => {
  it('has Chinese and English for every literal key the components use', () => {
    const used = new Set<string>();
    for (const file of sources(join(import.meta.dirname))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !messages[k]?.zh || !messages[k]?.en);
    expect(missing).toEqual([]);
  });

  it('covers every value of the enumerations shown through computed keys', () => {
    const families: [string, readonly (string | number)[]][] = [
      ['role', ROLES],
      ['kind', CASE_KINDS],
      ['disclosure', DISCLOSURE_KEYS],
      ['entry', ENTRY_STATUSES],
      ['materialForm', MATERIAL_FORMS],
      ['residency', RESIDENCIES],
      ['power', POWER_KEYS],
      ['windowKind', WINDOW_KINDS],
      ['windowStatus', WINDOW_STATUSES],
      ['hallLevel', ['city', 'county', 'township', 'community']],
      ['weekday', [1, 2, 3, 4, 5, 6, 7]],
      ['events', ['life', 'enterprise']],
    ];
    const missing = families.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((k) => !messages[k]?.zh || !messages[k]?.en),
    );
    expect(missing).toEqual([]);
  });

  it('uses the Chinese names of the four delegated powers', () => {
    expect(POWER_KEYS.map((k) => messages[`power.${k}`].zh)).toEqual([
      '即办件审批权',
      '承诺件督办权',
      '联办件协调权',
      '上报件初审权',
    ]);
  });
});
