import type { ItemGuide, Material, SpecialProcedure, Step } from '../../../../src/domain/guide';

/** A new, empty guide as the editor starts it. */
export function emptyGuide(departmentId = ''): ItemGuide {
  return {
    code: '',
    basicCode: '',
    name: '',
    type: '行政许可',
    kind: 'promised',
    departmentId,
    statutoryDays: 20,
    promisedDays: 10,
    legalBasis: '',
    conditions: '',
    materials: [],
    steps: [],
    feeFree: true,
    feeStandard: '',
    feeBasis: '',
    specialProcedures: [],
    location: '',
    hours: '',
    phone: '',
    complaintPhone: '',
    responsiblePerson: '',
    result: '',
    visits: 1,
    online: false,
    onlineUrl: '',
    entryStatus: 'entered',
    entryExemptReason: '',
    handledAt: 'hall',
    events: [],
    jointDepartmentIds: [],
    reportTo: '',
    keywords: '',
  };
}

export const emptyMaterial = (): Material => ({
  name: '',
  form: 'original',
  count: 1,
  required: true,
  note: '',
  templateFileId: null,
  sampleFileId: null,
});
export const emptyStep = (): Step => ({ name: '', role: '', days: 0, description: '' });
export const emptySpecial = (): SpecialProcedure => ({
  name: '',
  days: 0,
  basis: '',
  charged: false,
  countedInLimit: false,
});

const s = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const n = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** Form store → the ItemGuide the API takes: every field present, strings trimmed, numbers defaulted. */
export function guideFromForm(v: Partial<ItemGuide>): ItemGuide {
  const base = emptyGuide();
  return {
    ...base,
    ...v,
    code: s(v.code),
    basicCode: s(v.basicCode),
    name: s(v.name),
    departmentId: v.departmentId ?? '',
    statutoryDays: typeof v.statutoryDays === 'number' ? v.statutoryDays : null,
    promisedDays: n(v.promisedDays, 0),
    legalBasis: s(v.legalBasis),
    conditions: s(v.conditions),
    materials: (v.materials ?? []).map((m) => ({
      ...emptyMaterial(),
      ...m,
      name: s(m.name),
      note: s(m.note),
      count: n(m.count, 1),
      required: Boolean(m.required),
      templateFileId: m.templateFileId ?? null,
      sampleFileId: m.sampleFileId ?? null,
    })),
    steps: (v.steps ?? []).map((x) => ({
      ...emptyStep(),
      ...x,
      name: s(x.name),
      role: s(x.role),
      days: n(x.days, 0),
      description: s(x.description),
    })),
    feeFree: Boolean(v.feeFree),
    feeStandard: s(v.feeStandard),
    feeBasis: s(v.feeBasis),
    specialProcedures: (v.specialProcedures ?? []).map((x) => ({
      ...emptySpecial(),
      ...x,
      name: s(x.name),
      basis: s(x.basis),
      days: n(x.days, 0),
      charged: Boolean(x.charged),
      countedInLimit: Boolean(x.countedInLimit),
    })),
    location: s(v.location),
    hours: s(v.hours),
    phone: s(v.phone),
    complaintPhone: s(v.complaintPhone),
    responsiblePerson: s(v.responsiblePerson),
    result: s(v.result),
    visits: n(v.visits, 1),
    online: Boolean(v.online),
    onlineUrl: s(v.onlineUrl),
    entryExemptReason: s(v.entryExemptReason),
    events: v.events ?? [],
    jointDepartmentIds: v.jointDepartmentIds ?? [],
    reportTo: s(v.reportTo),
    keywords: s(v.keywords),
  };
}

/** Which editor tab holds a guide field, to open it when that field fails validation. */
export function tabOfField(field: string): string {
  if (field === 'materials') return 'materials';
  if (field === 'steps') return 'steps';
  if (['feeFree', 'feeStandard', 'feeBasis'].includes(field)) return 'fee';
  if (field === 'specialProcedures') return 'special';
  if (['location', 'hours', 'phone', 'complaintPhone', 'responsiblePerson'].includes(field)) return 'public';
  return 'basic';
}

/** A server validation path ("guide.materials.0.name", "/guide/materials/0/name") → a form field name. */
export function fieldOfPath(path: string): (string | number)[] {
  const parts = path
    .split(/[./]/)
    .filter((p) => p !== '' && p !== 'body' && p !== 'guide')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts;
}
