import type { Insertable } from 'kysely';
import type {
  DepartmentResidencyHistoryTable,
  DepartmentTable,
  FileTable,
  HallTable,
  ItemEventTable,
  ItemTable,
  ItemVersionTable,
  StaffTable,
  StaffWindowAssignmentTable,
  UserTable,
  WindowTable,
} from '../../db/types.js';

/** Every row the demo writes, built in memory first and then inserted in one transaction. */
export interface DemoPlan {
  halls: Insertable<HallTable>[];
  departments: Insertable<DepartmentTable>[];
  residencyHistory: Insertable<DepartmentResidencyHistoryTable>[];
  windows: Insertable<WindowTable>[];
  staff: Insertable<StaffTable>[];
  assignments: Insertable<StaffWindowAssignmentTable>[];
  items: Insertable<ItemTable>[];
  itemVersions: Insertable<ItemVersionTable>[];
  itemEvents: Insertable<ItemEventTable>[];
  files: Insertable<FileTable>[];
  users: Insertable<UserTable>[];
}

export function emptyPlan(): DemoPlan {
  return {
    halls: [],
    departments: [],
    residencyHistory: [],
    windows: [],
    staff: [],
    assignments: [],
    items: [],
    itemVersions: [],
    itemEvents: [],
    files: [],
    users: [],
  };
}

/** Row counts, for the audit record and the CLI. */
export type DemoCounts = Record<keyof DemoPlan, number>;

export function countsOf(plan: DemoPlan): DemoCounts {
  const out = {} as DemoCounts;
  for (const key of Object.keys(plan) as (keyof DemoPlan)[]) out[key] = plan[key].length;
  return out;
}
