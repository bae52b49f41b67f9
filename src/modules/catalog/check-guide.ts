import type { Db } from '../../db/index.js';
import type { ItemGuide } from '../../domain/guide.js';
import { AppError } from '../../http/errors.js';
import { codeTaken, departmentIdsInHall, findDepartment, listItemFiles } from './repository.js';

/**
 * Rules a guide must meet beyond its own schema, against the database: its departments belong to
 * the item's hall, its code is free in that hall, and material files were uploaded for this item.
 * Returns the department's name.
 */
export async function checkGuideReferences(
  db: Db,
  hallId: string,
  itemId: string | null,
  guide: ItemGuide,
): Promise<string> {
  const dept = await findDepartment(db, guide.departmentId);
  if (!dept || dept.hall_id !== hallId) throw new AppError('RULE_VIOLATION', '实施部门不属于本大厅');
  const joint = [...new Set(guide.jointDepartmentIds)];
  const found = await departmentIdsInHall(db, hallId, joint);
  if (found.size !== joint.length) throw new AppError('RULE_VIOLATION', '联办部门须为本大厅的进驻部门');

  const fileIds = guide.materials.flatMap((m) => [m.templateFileId, m.sampleFileId]).filter((f) => f !== null);
  if (fileIds.length > 0) {
    const own = itemId ? new Set((await listItemFiles(db, itemId)).map((f) => f.id)) : new Set<string>();
    if (fileIds.some((f) => !own.has(f))) {
      throw new AppError('RULE_VIOLATION', '材料的空白表格或示例样表须先上传到本事项');
    }
  }
  if (await codeTaken(db, hallId, guide.code, itemId)) {
    throw new AppError('DUPLICATE', `事项编码“${guide.code}”在本大厅已被使用`);
  }
  return dept.name;
}
