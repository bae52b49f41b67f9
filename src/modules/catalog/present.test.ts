import { describe, expect, it } from 'vitest';
import { completeGuide } from '../../../test/helpers/factories.js';
import { snapshotOf } from '../../domain/published-guide.js';
import { parseVersionSnapshot } from './present.js';

const json = (name: string) => JSON.stringify(snapshotOf(completeGuide('dept-1', { name }), '市场监管局', '东岭县'));

describe('parseVersionSnapshot', () => {
  it('parses a published snapshot once per version and reuses it', () => {
    const v = { id: 'v-cache-1', guide: json('个体工商户登记') };
    const first = parseVersionSnapshot(v);
    expect(first.name).toBe('个体工商户登记');
    expect(first.departmentName).toBe('市场监管局');
    expect(parseVersionSnapshot({ ...v })).toBe(first);
  });

  it('parses afresh when the stored text of that version differs', () => {
    const id = 'v-cache-2';
    expect(parseVersionSnapshot({ id, guide: json('旧名称') }).name).toBe('旧名称');
    expect(parseVersionSnapshot({ id, guide: json('新名称') }).name).toBe('新名称');
  });

  it('keeps versions apart', () => {
    const a = parseVersionSnapshot({ id: 'v-cache-a', guide: json('事项甲') });
    const b = parseVersionSnapshot({ id: 'v-cache-b', guide: json('事项乙') });
    expect([a.name, b.name]).toEqual(['事项甲', '事项乙']);
  });
});
