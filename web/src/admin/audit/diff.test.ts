import { describe, expect, it } from 'vitest';
import { diffValues } from './diff';

describe('diffValues', () => {
  it('lists changed, added, removed and unchanged fields of nested objects', () => {
    const rows = diffValues(
      { name: '市人社局', residency: 'resident', powers: { joint: false, immediate: true }, phone: '1' },
      { name: '市人社局', residency: 'withdrawn', powers: { joint: true, immediate: true }, note: '撤离' },
    );
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
    expect(byPath.name.change).toBe('same');
    expect(byPath.residency).toMatchObject({ before: 'resident', after: 'withdrawn', change: 'changed' });
    expect(byPath['powers.joint']).toMatchObject({ before: 'false', after: 'true', change: 'changed' });
    expect(byPath['powers.immediate'].change).toBe('same');
    expect(byPath.phone).toMatchObject({ before: '1', after: undefined, change: 'removed' });
    expect(byPath.note).toMatchObject({ before: undefined, after: '撤离', change: 'added' });
  });

  it('treats a creation (no before) as all fields added, and parses JSON text', () => {
    const rows = diffValues(null, '{"number":"A01","departmentIds":["d1","d2"]}');
    expect(rows).toEqual([
      { path: 'number', before: undefined, after: 'A01', change: 'added' },
      { path: 'departmentIds', before: undefined, after: '["d1","d2"]', change: 'added' },
    ]);
  });

  it('indexes arrays of objects so a changed material shows by position', () => {
    const rows = diffValues({ materials: [{ name: '申请书' }] }, { materials: [{ name: '申请表' }] });
    expect(rows).toEqual([{ path: 'materials.0.name', before: '申请书', after: '申请表', change: 'changed' }]);
  });

  it('returns nothing when both sides are empty', () => {
    expect(diffValues(null, null)).toEqual([]);
  });
});
