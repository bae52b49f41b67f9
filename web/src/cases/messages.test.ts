import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { CASE_STATUSES } from './types';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('case page messages', () => {
  it('has Chinese and English for every literal key the components use', () => {
    const used = new Set<string>();
    for (const file of sources(import.meta.dirname))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) used.add(m[1]);
    // the applicant checks name their message keys in data
    for (const m of readFileSync(join(import.meta.dirname, 'receive/applicant-rules.ts'), 'utf8').matchAll(
      /key: '([^']+)'/g,
    ))
      used.add(m[1]);
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });

  it('covers the keys built at run time', () => {
    const families: [string, string[]][] = [
      ['status', CASE_STATUSES],
      ['kind', ['immediate', 'promised', 'joint', 'reported']],
      ['colour', ['green', 'yellow', 'red']],
      ['materialState', ['submitted', 'missing', 'defective']],
      ['taskStatus', ['pending', 'active', 'done', 'cancelled']],
      ['outcome', ['pass', 'approve', 'deny']],
      ['pauseKind', ['supplement', 'special']],
      ['extStatus', ['requested', 'approved', 'refused']],
      ['delivery', ['pickup', 'mail']],
      ['decision', ['approve', 'deny']],
      ['idProblem', ['format', 'division', 'birthDate', 'checkDigit']],
      [
        'doc',
        [
          'acceptance',
          'one_time',
          'not_accepted',
          'pause',
          'resume',
          'extension',
          'decision',
          'pickup',
          'delivery',
          'withdrawal',
        ],
      ],
      ['trail.state', ['start', 'counted', 'makeup', 'weekend', 'holiday', 'paused']],
      ['weekday', ['1', '2', '3', '4', '5', '6', '7']],
      ['receive.done', ['accept', 'immediate', 'supplements', 'reject']],
      ['done', ['accept', 'supplements', 'received', 'reject', 'deliver', 'withdraw']],
      [
        'action',
        [
          'receive',
          'accept',
          'deem_accept',
          'request_supplements',
          'receive_supplements',
          'reject',
          'start_review',
          'pause',
          'resume',
          'escalate',
          'decide',
          'settle',
          'deliver',
          'close',
          'withdraw',
          'request_extension',
          'decide_extension',
          'complete_task',
          'escalated_in',
        ],
      ],
    ];
    const keys = families.flatMap(([p, vs]) => vs.map((v) => `${p}.${v}`));
    expect(keys.filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });
});
