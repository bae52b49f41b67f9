import type { CaseKind, EntryStatus, EventCode, ItemType } from '../../../domain/guide.js';

/** Compact specifications the demo builders expand into rows and guides. */

/** Departments known to the demo, by short key (the same key in every hall that has it). */
export type DeptKey =
  // county-level departments 县直部门
  | 'scjg'
  | 'ga'
  | 'rs'
  | 'zr'
  | 'zj'
  | 'sw'
  | 'wj'
  | 'jt'
  | 'yb'
  | 'bdc'
  | 'gjj'
  | 'cl'
  | 'tyjr'
  | 'sthj'
  | 'ny'
  | 'fg'
  | 'cg'
  | 'sf'
  | 'gd'
  | 'zls'
  | 'wl'
  | 'yj'
  | 'sl'
  | 'ly'
  | 'shangwu'
  | 'yc'
  | 'qx'
  | 'da'
  | 'rf'
  | 'xf'
  | 'yz'
  | 'tj'
  | 'sj'
  | 'kj'
  | 'gx'
  | 'lc'
  | 'mzzj'
  | 'dz'
  | 'rq'
  | 'cz'
  | 'hs'
  | 'hsh'
  | 'tc'
  | 'mz'
  | 'jy'
  // township offices 乡镇站所
  | 'tshb'
  | 'tmz'
  | 'tny'
  | 'tzr';

export type Residency = 'resident' | 'appointment' | 'withdrawn';

/** One step of a department's residency history 进驻状态变更, dated in months before the seeding day. */
export interface ResidencyChange {
  residency: Residency;
  monthsAgo: number;
  reason: string;
}

export interface DeptRoster {
  key: DeptKey;
  /** residency at the hall's opening (first history row) */
  initial: 'resident' | 'appointment';
  /** later changes, oldest first; the last one is the current residency */
  changes?: ResidencyChange[];
  /** delegated powers: I 即办件审批权, P 承诺件督办权, J 联办件协调权, R 上报件初审权 */
  powers: string;
  /** months before today the delegation letter 授权书 was issued; null = no letter on file */
  letterMonthsAgo: number | null;
}

export type WindowKind = 'consult' | 'comprehensive' | 'department' | 'fee' | 'pickup' | 'complaint' | 'agency';

export interface WindowSpec {
  number: number;
  name: string;
  kind: WindowKind;
  floor: number;
  depts?: DeptKey[];
  /** staff at the window today */
  staff: number;
  /** staffing changes on one seat within the last 12 months */
  changes?: number;
  status?: 'open' | 'paused';
  /** the department left the hall this many months ago: staff left with it */
  withdrawnMonthsAgo?: number;
  /** the department left and came back: [left, returned] months ago */
  gapMonths?: [number, number];
}

/** Special procedure 特别程序: [name, days, legal basis, counted in the time limit?] */
export type SpecialSpec = [string, number, string, boolean];

export interface ItemSpec {
  name: string;
  dept: DeptKey;
  type: ItemType;
  kind: CaseKind;
  /** [法定时限 statutory days or null, 承诺时限 promised days] */
  days: [number | null, number];
  basis: string;
  conditions: string;
  /**
   * Materials in a small notation: "名称" = original, 1 copy, required;
   * prefix "复:" copy, "原复:" original and copy, "电:" electronic; suffix "×2" count, "?" optional;
   * " // 说明" a note.
   */
  materials: string[];
  result: string;
  events?: EventCode[];
  online?: boolean;
  /** visits 到现场次数; defaults: 0 when online and immediate, else 1 */
  visits?: number;
  /** [收费标准, 收费依据] — absent means the item is free */
  fee?: [string, string];
  /** 不收费的依据 for free items (optional) */
  freeBasis?: string;
  special?: SpecialSpec[];
  joint?: DeptKey[];
  reportTo?: string;
  keywords?: string;
  entry?: EntryStatus;
  exemptReason?: string;
  handledAt?: 'hall' | 'department';
  /** key of the application form template generated for the first material */
  form?: string;
}
