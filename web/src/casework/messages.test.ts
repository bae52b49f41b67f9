import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../../src/domain/guide';
import { messages } from './messages';
import { CARD_TRIGGERS, CASE_STATUSES } from './types';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('casework messages', () => {
  it('has Chinese and English for every literal key the components use', () => {
    const used = new Set<string>();
    for (const file of sources(import.meta.dirname))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\((?:[^)]*\? )?'([^']+)'(?: : '([^']+)')?/g)) {
        used.add(m[1]);
        if (m[2]) used.add(m[2]);
      }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });

  it('covers the keys built at run time', () => {
    const families: [string, readonly string[]][] = [
      ['kind', CASE_KINDS],
      ['status', CASE_STATUSES],
      ['trigger', CARD_TRIGGERS],
      ['colour', ['green', 'yellow', 'red']],
      ['inbox.count', ['green', 'yellow', 'red']],
      ['sup.running', ['green', 'yellow', 'red']],
      ['outcome', ['pass', 'approve', 'deny']],
      ['review.submit', ['pass', 'approve', 'deny']],
      ['extension.status', ['requested', 'approved', 'refused']],
      ['cardStatus', ['open', 'answered', 'closed']],
      ['card', ['yellow', 'red']],
      ['nav', ['inbox', 'reported', 'ledger', 'supervision']],
    ];
    const keys = families.flatMap(([p, vs]) => vs.map((v) => `${p}.${v}`));
    expect(keys.filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });

  it('names the eight supervision triggers as the sources do', () => {
    expect(CARD_TRIGGERS.map((k) => messages[`trigger.${k}`].zh)).toEqual([
      '超期办件',
      '环节超时',
      '符合条件不予受理',
      '不予许可未说明理由',
      '上报初审转报超时',
      '网办事项线下办理',
      '目录外收费',
      '其他',
    ]);
  });
});
