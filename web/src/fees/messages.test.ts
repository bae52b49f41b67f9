import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('fee page messages', () => {
  it('has Chinese and English for every key the components use, also those built at run time', () => {
    const used = new Set<string>();
    for (const f of readdirSync(import.meta.dirname).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f)))
      for (const m of readFileSync(join(import.meta.dirname, f), 'utf8').matchAll(/\bt\('([^']+)'/g)) used.add(m[1]);
    for (const s of ['unpaid', 'paid', 'cancelled']) used.add(`status.${s}`);
    for (const s of ['requested', 'approved', 'refused', 'void']) used.add(`req.${s}`);
    for (const m of ['cash', 'card', 'qr']) used.add(`method.${m}`);
    for (const k of ['payment', 'refund']) used.add(`entry.kind.${k}`);
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((k) => !messages[k]?.zh || !messages[k]?.en)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, m] of Object.entries(messages)) expect(vars(m.en), key).toEqual(vars(m.zh));
  });
});
