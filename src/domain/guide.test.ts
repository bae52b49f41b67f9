import { describe, expect, it } from 'vitest';
import { completeGuide } from '../../test/helpers/factories.js';
import { DISCLOSURE_KEYS, disclosuresOf, ItemGuideSchema, missingDisclosures, timeLimitText } from './guide.js';
import { pinyinInitials, searchTextOf } from './published-guide.js';

describe('nine disclosures', () => {
  it('a complete guide discloses all nine, in the contract order', () => {
    const d = disclosuresOf(completeGuide('d1'), '市场监督管理局');
    expect(Object.keys(d)).toEqual([...DISCLOSURE_KEYS]);
    expect(Object.values(d).every((v) => v.trim() !== '')).toBe(true);
  });

  it('names every empty disclosure', () => {
    const g = completeGuide('d1', {
      responsiblePerson: '',
      feeFree: false,
      feeStandard: '每证 10 元',
      feeBasis: '',
      materials: [],
    });
    expect(missingDisclosures(g, '民政局')).toEqual(['materials', 'feeBasis', 'responsiblePerson']);
  });

  it('a free item discloses "不收费" as its standard', () => {
    expect(disclosuresOf(completeGuide('d1', { feeFree: true }), 'x').feeStandard).toBe('不收费');
  });

  it('即办件 write their time limit as 即办', () => {
    expect(timeLimitText({ kind: 'immediate', statutoryDays: 20, promisedDays: 0 })).toMatch(/^即办/);
    expect(timeLimitText({ kind: 'promised', statutoryDays: 20, promisedDays: 5 })).toContain('5个工作日');
  });
});

describe('guide schema', () => {
  it('refuses a promised limit longer than the statutory one', () => {
    const r = ItemGuideSchema.safeParse(completeGuide('d1', { statutoryDays: 5, promisedDays: 10 }));
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('承诺时限不得超过法定时限');
  });
  it('requires a reason for an exempted entry status', () => {
    expect(ItemGuideSchema.safeParse(completeGuide('d1', { entryStatus: 'exempted' })).success).toBe(false);
  });
});

describe('search text', () => {
  it('includes pinyin initials and full pinyin', () => {
    expect(pinyinInitials('食品经营许可')).toBe('spjyxk');
    const s = searchTextOf(completeGuide('d1', { name: '食品经营许可' }), '市场监督管理局');
    expect(s).toContain('spjyxk');
    expect(s).toContain('shipinjingyingxuke');
    expect(s).toContain('市场监督管理局');
  });
});
