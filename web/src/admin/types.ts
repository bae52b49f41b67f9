/** API shapes used by the admin console, as documented in docs/api-plan.md. */
import type { DisclosureKey, EntryStatus, ItemGuide } from '../../../src/domain/guide';
import type { Role } from '../../../src/domain/roles';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  hallId: string;
  hallName: string;
  roles: Role[];
  permissions: string[];
  windowIds: string[];
  staffId: string | null;
  departmentId: string | null;
  isDemo: boolean;
}

export type HallLevel = 'city' | 'county' | 'township' | 'community';
export interface OpeningDay {
  weekday: number;
  sessions: { start: string; end: string }[];
}
export interface Hall {
  id: string;
  name: string;
  level: HallLevel;
  parentId: string | null;
  divisionCode: string;
  address: string;
  phone: string;
  openingHours: OpeningDay[];
  code: string;
  shortName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 进驻状态 of a department: 常驻 resident / 预约 by appointment / 撤离 withdrawn. */
export type Residency = 'resident' | 'appointment' | 'withdrawn';
export const RESIDENCIES: Residency[] = ['resident', 'appointment', 'withdrawn'];

export type PowerKey = 'immediate' | 'promised' | 'joint' | 'reported';
export const POWER_KEYS: PowerKey[] = ['immediate', 'promised', 'joint', 'reported'];

export interface Department {
  id: string;
  hallId: string;
  name: string;
  shortName: string;
  residency: Residency;
  residencySince: string;
  chiefRepresentative: string;
  powers: Record<PowerKey, boolean>;
  delegationLetterNo: string;
  delegationDate: string | null;
  contactPerson: string;
  contactPhone: string;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}
export interface ResidencyChange {
  id: string;
  residency: Residency;
  effectiveOn: string;
  reason: string;
  /** display name of the recording user (null for system records) */
  recordedBy: string | null;
  createdAt: string;
}
export interface DepartmentDetail extends Department {
  history: ResidencyChange[];
}

export type WindowKind = 'consult' | 'comprehensive' | 'department' | 'fee' | 'pickup' | 'complaint' | 'agency';
export const WINDOW_KINDS: WindowKind[] = [
  'consult',
  'comprehensive',
  'department',
  'fee',
  'pickup',
  'complaint',
  'agency',
];
export type WindowStatus = 'open' | 'paused' | 'closed';
export const WINDOW_STATUSES: WindowStatus[] = ['open', 'paused', 'closed'];

export interface HallWindow {
  id: string;
  hallId: string;
  number: string;
  name: string;
  kind: WindowKind;
  status: WindowStatus;
  departmentIds: string[];
  currentStaff: { id: string; name: string }[];
}
export interface WindowAssignments {
  history: { id: string; staffId: string; staffName: string; fromDate: string; toDate: string | null }[];
  changesLast12Months: number;
}

export interface Staff {
  id: string;
  hallId: string;
  departmentId: string | null;
  departmentName: string | null;
  name: string;
  employeeNo: string;
  post: string;
  title: string;
  duties: string;
  phone: string;
  photo: string | null;
  active: boolean;
  windows: { id: string; number: string }[];
}

export interface ItemSummary {
  id: string;
  hallId: string;
  code: string;
  name: string;
  department: { id: string; name: string };
  kind: ItemGuide['kind'];
  type: ItemGuide['type'];
  entryStatus: EntryStatus;
  publishedVersion: number | null;
  draftDirty: boolean;
  updatedAt: string;
}
export interface ItemDetail extends ItemSummary {
  guide: ItemGuide;
  rowVersion: number;
  missingDisclosures: DisclosureKey[];
  disclosures: Partial<Record<DisclosureKey, string>>;
  /** uploads of this item (blank forms, samples), to show their names */
  files?: (UploadedFile & { createdAt: string })[];
}
export interface ItemVersion {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
}
export interface UploadedFile {
  id: string;
  filename: string;
  mime: string;
  size: number;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  hallId: string;
  hallName: string;
  roles: Role[];
  staffId: string | null;
  departmentId: string | null;
  active: boolean;
  locked: boolean;
  isDemo?: boolean;
  lastLoginAt: string | null;
}

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actorUsername: string | null;
  ip: string;
  action: string;
  entityType: string;
  entityId: string | null;
  hallId: string | null;
  before: unknown;
  after: unknown;
}
