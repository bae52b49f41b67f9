import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { isUniqueViolation } from '../../db/index.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { feeNow } from './clock.js';
import { presentCatalog } from './present.js';
import { departmentNames, findCurrentCatalog, findItem, listFeeLines } from './repository.js';
import type { CatalogPutSchema } from './schema.js';
import type { FeeCatalogView } from './views.js';

/**
 * Save an item's fee catalog 收费目录 as a NEW version (the previous one stays untouched, so notices
 * issued under it keep their lines and prices). `baseVersion` must be the current version.
 */
export async function saveCatalog(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  itemId: string,
  input: z.infer<typeof CatalogPutSchema>,
): Promise<FeeCatalogView> {
  const item = await authorize(trx, user, 'fee.catalog', await findItem(trx, itemId), '事项');
  const current = await findCurrentCatalog(trx, item.id);
  const currentVersion = current?.version ?? 0;
  if (input.baseVersion !== currentVersion) {
    throw new AppError('VERSION_CONFLICT', `收费目录已更新为第 ${currentVersion} 版，请刷新后再修改`, {
      currentVersion,
    });
  }
  const deptIds = [...new Set(input.lines.map((l) => l.receivingDepartmentId ?? item.department_id))];
  const depts = deptIds.length
    ? await trx.selectFrom('departments').select(['id', 'hall_id']).where('id', 'in', deptIds).execute()
    : [];
  for (const id of deptIds) {
    if (!depts.some((d) => d.id === id && d.hall_id === item.hall_id)) {
      throw new AppError('NOT_FOUND', '收款部门不存在或不属于本大厅');
    }
  }

  if (current) {
    const res = await trx
      .updateTable('fee_catalog_versions')
      .set({ is_current: 0 })
      .where('id', '=', current.id)
      .where('is_current', '=', 1)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT', '收费目录刚被他人修改，请刷新后重试');
  }
  const version = {
    id: newId(),
    hall_id: item.hall_id,
    item_id: item.id,
    version: currentVersion + 1,
    is_current: 1,
    note: input.note,
    created_by: user.id,
    created_by_name: user.displayName,
    created_at: feeNow(deps).toISOString(),
  };
  try {
    await trx.insertInto('fee_catalog_versions').values(version).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VERSION_CONFLICT', '收费目录刚被他人修改，请刷新后重试');
    throw err;
  }
  const lines = input.lines.map((l, i) => ({
    id: newId(),
    hall_id: item.hall_id,
    catalog_version_id: version.id,
    item_id: item.id,
    position: i + 1,
    code: l.code ?? `F${String(i + 1).padStart(2, '0')}`,
    name: l.name,
    category: l.category,
    mode: l.mode,
    amount_fen: l.mode === 'fixed' ? (l.amountFen ?? null) : null,
    unit_price_fen: l.mode === 'per_unit' ? (l.unitPriceFen ?? null) : null,
    unit_name: l.mode === 'per_unit' ? l.unitName : '',
    cap_fen: l.mode === 'per_unit' ? (l.capFen ?? null) : null,
    basis: l.basis,
    receiving_department_id: l.receivingDepartmentId ?? item.department_id,
    waivable: l.waivable ? 1 : 0,
    waiver_rules: l.waiverRules,
    waiver_basis: l.waiverBasis,
  }));
  if (new Set(lines.map((l) => l.code)).size !== lines.length) {
    throw new AppError('VALIDATION_FAILED', '收费项目编码不能重复（未填写编码的项目按顺序编为 F01、F02…）');
  }
  if (lines.length) await trx.insertInto('fee_lines').values(lines).execute();
  const before = current ? { version: current.version, lines: await listFeeLines(trx, [current.id]) } : null;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.catalog.update',
    entityType: 'fee_catalog',
    entityId: item.id,
    hallId: item.hall_id,
    before,
    after: { version: version.version, note: version.note, lines },
  });
  const names = await departmentNames(
    trx,
    lines.map((l) => l.receiving_department_id),
  );
  return presentCatalog(item, version, lines, names);
}
