import type { Db } from '../../db/index.js';
import type { Item } from '../../db/types.js';
import { presentItemDetail } from './present.js';
import { findDepartment, listItemFiles } from './repository.js';
import type { ItemDetail } from './schema.js';

/** An item with its department name and files, as the admin editor shows it. */
export async function readItemDetail(db: Db, row: Item): Promise<ItemDetail> {
  const dept = await findDepartment(db, row.department_id);
  const files = await listItemFiles(db, row.id);
  return presentItemDetail(row, dept?.name ?? '', files);
}
