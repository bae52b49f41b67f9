/**
 * Shapes of the public API (docs/api-plan.md). Declared here rather than imported from
 * `src/domain` so the public bundle does not pull in zod or pinyin-pro.
 */

export type HallLevel = 'city' | 'county' | 'township' | 'community';

export interface OpeningDay {
  /** ISO weekday, 1 = Monday */
  weekday: number;
  sessions: { start: string; end: string }[];
}

export interface PublicHall {
  id: string;
  name: string;
  level: HallLevel;
  parentId: string | null;
  divisionCode: string;
  address: string;
  phone: string;
  openingHours: OpeningDay[];
}

export type Residency = 'resident' | 'appointment' | 'withdrawn';

export interface PublicDepartment {
  id: string;
  name: string;
  residency: Residency;
  itemCount: number;
}

/** 即办件 immediate, 承诺件 promised, 联办件 joint, 上报件 reported-up */
export type CaseKind = 'immediate' | 'promised' | 'joint' | 'reported';

export interface PublicEvent {
  code: string;
  name: string;
  /** life 个人办事, enterprise 法人办事 */
  kind: 'life' | 'enterprise';
  itemCount: number;
}

export interface PublicItemRow {
  id: string;
  code: string;
  name: string;
  /** the department's name */
  department: string;
  departmentId: string;
  kind: CaseKind;
  type: string;
  visits: number;
  online: boolean;
  promisedDays: number;
  statutoryDays: number | null;
}

export type MaterialForm = 'original' | 'copy' | 'original_and_copy' | 'electronic';

export interface PublicMaterial {
  name: string;
  form: MaterialForm;
  count: number;
  required: boolean;
  note: string;
  templateFileId: string | null;
  sampleFileId: string | null;
  templateUrl: string | null;
  sampleUrl: string | null;
}

export interface GuideStep {
  name: string;
  role: string;
  days: number;
  description: string;
}

/** 特别程序 */
export interface SpecialProcedure {
  name: string;
  days: number;
  basis: string;
  charged: boolean;
  countedInLimit: boolean;
}

/** The nine disclosures 九公开, in contract order. */
export const DISCLOSURE_KEYS = [
  'item',
  'materials',
  'procedure',
  'timeLimit',
  'feeStandard',
  'feeBasis',
  'location',
  'phone',
  'responsiblePerson',
] as const;
export type DisclosureKey = (typeof DISCLOSURE_KEYS)[number];
export type Disclosures = Record<DisclosureKey, string>;

/** `GET /api/v1/public/items/{itemId}` (and `/versions/{version}`). */
export interface PublishedGuideView {
  id: string;
  hallId: string;
  version: number;
  publishedAt: string;
  code: string;
  basicCode: string;
  name: string;
  type: string;
  kind: CaseKind;
  departmentId: string;
  statutoryDays: number | null;
  promisedDays: number;
  legalBasis: string;
  conditions: string;
  materials: PublicMaterial[];
  steps: GuideStep[];
  feeFree: boolean;
  feeStandard: string;
  feeBasis: string;
  specialProcedures: SpecialProcedure[];
  location: string;
  hours: string;
  phone: string;
  complaintPhone: string;
  responsiblePerson: string;
  result: string;
  visits: number;
  online: boolean;
  onlineUrl: string;
  handledAt: 'hall' | 'department';
  events: string[];
  reportTo: string;
  departmentName: string;
  hallName: string;
  disclosures: Disclosures;
}

export interface PublicVersion {
  version: number;
  publishedAt: string;
}

/** One line of the current fee catalog 收费目录 on the public guide. */
export interface PublicFeeLine {
  code: string;
  name: string;
  category: 'administrative' | 'service' | 'fund';
  categoryLabel: string;
  standardText: string;
  basis: string;
  receivingDepartmentName: string;
  waivable: boolean;
  waiverRules: string;
  waiverBasis: string;
}

/** `GET /api/v1/public/items/{itemId}/fees`: the current fee standard and basis (docs/api-fees.md). */
export interface PublicFees {
  itemId: string;
  version: number | null;
  /** false: no catalog is kept yet, the guide's own fee text applies */
  hasCatalog: boolean;
  /** a kept catalog without lines: the item is free */
  feeFree: boolean;
  lines: PublicFeeLine[];
  standardText: string;
  basisText: string;
}
