import { describe, expect, it } from 'vitest';
import { type ItemGuide, ItemGuideSchema, missingDisclosures } from '../../../../src/domain/guide';
import { emptyGuide, emptyMaterial, fieldOfPath, guideFromForm, tabOfField } from './guide-form';

describe('guideFromForm', () => {
  it('turns a partly filled form into a guide the server schema accepts, trimming text', () => {
    const form: Partial<ItemGuide> = {
      ...emptyGuide('dept-1'),
      code: ' QY-001 ',
      name: ' 食品经营许可 ',
      statutoryDays: undefined as unknown as null,
      materials: [{ ...emptyMaterial(), name: ' 申请书 ', templateFileId: 'file-1' }],
      responsiblePerson: ' 张三 ',
    };
    const guide = guideFromForm(form);
    expect(guide.code).toBe('QY-001');
    expect(guide.name).toBe('食品经营许可');
    expect(guide.statutoryDays).toBeNull();
    expect(guide.materials[0]).toMatchObject({ name: '申请书', templateFileId: 'file-1', sampleFileId: null });
    expect(guide.responsiblePerson).toBe('张三');
    expect(ItemGuideSchema.safeParse(guide).success).toBe(true);
  });

  it('keeps every ItemGuide field, so nothing is dropped on save', () => {
    const keys = Object.keys(ItemGuideSchema.parse(guideFromForm({ ...emptyGuide('d'), code: 'X', name: 'Y' })));
    expect(Object.keys(guideFromForm({})).sort()).toEqual(keys.sort());
  });

  it('leaves an empty guide with all nine disclosures but the fee ones missing', () => {
    expect(missingDisclosures(guideFromForm(emptyGuide('d')), '')).toEqual([
      'item',
      'materials',
      'procedure',
      'location',
      'phone',
      'responsiblePerson',
    ]);
  });
});

describe('server paths and tabs', () => {
  it('maps validation paths to form fields and their tab', () => {
    expect(fieldOfPath('guide.materials.0.name')).toEqual(['materials', 0, 'name']);
    expect(fieldOfPath('/body/guide/promisedDays')).toEqual(['promisedDays']);
    expect(tabOfField('materials')).toBe('materials');
    expect(tabOfField('feeBasis')).toBe('fee');
    expect(tabOfField('responsiblePerson')).toBe('public');
    expect(tabOfField('promisedDays')).toBe('basic');
  });
});
