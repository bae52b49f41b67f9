import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { formatFen } from '../../domain/fee-money.js';
import { type FeeMode, type FeeStandard, lineAmount, type NoticeTotals, noticeTotals } from '../../domain/fee-rules.js';
import { AppError } from '../../http/errors.js';
import { type CatalogVersionRow, findCurrentCatalog, listFeeLines } from './repository.js';
import type { NoticeLinesInput } from './schema.js';

/** A notice line before it belongs to a notice. */
export interface DraftLine {
  id: string;
  hall_id: string;
  fee_line_id: string;
  position: number;
  code: string;
  name: string;
  category: string;
  mode: string;
  unit_name: string;
  unit_price_fen: number | null;
  quantity: number;
  cap_fen: number | null;
  amount_fen: number;
  waived_fen: number;
  refunded_fen: number;
  basis: string;
  receiving_department_id: string;
}

/** Cases a notice may be issued for (not refused, withdrawn, delivered or closed). */
export const CHARGEABLE_CASE_STATES = new Set([
  'received',
  'correction_requested',
  'accepted',
  'in_review',
  'suspended',
  'escalated',
  'decided',
]);

/**
 * The lines of a notice, strictly from the CURRENT fee catalog of the case's item at catalog price:
 * no ad-hoc line (FEE_NOT_IN_CATALOG), no other price (FEE_PRICE_MISMATCH), whole quantities only.
 */
export async function buildNoticeLines(
  trx: Db,
  hallId: string,
  itemId: string,
  input: NoticeLinesInput,
): Promise<{ catalog: CatalogVersionRow; lines: DraftLine[]; totals: NoticeTotals }> {
  const catalog = await findCurrentCatalog(trx, itemId);
  if (!catalog) throw new AppError('FEE_NOT_IN_CATALOG', '该事项没有收费目录，不能开具缴费通知单');
  const feeLines = await listFeeLines(trx, [catalog.id]);
  const lines = input.map((want, i): DraftLine => {
    const fl = feeLines.find((l) => l.id === want.feeLineId);
    if (!fl) {
      throw new AppError('FEE_NOT_IN_CATALOG', '收费项目不在该事项当前的收费目录中，不能收取', {
        feeLineId: want.feeLineId,
      });
    }
    const std: FeeStandard = {
      mode: fl.mode as FeeMode,
      amountFen: fl.amount_fen,
      unitPriceFen: fl.unit_price_fen,
      unitName: fl.unit_name,
      capFen: fl.cap_fen,
    };
    if (std.mode === 'per_unit' && want.quantity === undefined) {
      throw new AppError('VALIDATION_FAILED', `请填写“${fl.name}”的数量（${fl.unit_name}）`);
    }
    const quantity = want.quantity ?? 1;
    if (std.mode === 'fixed' && quantity !== 1) {
      throw new AppError('RULE_VIOLATION', `“${fl.name}”按固定金额收取，数量只能是 1`);
    }
    const catalogPrice = std.mode === 'fixed' ? std.amountFen : std.unitPriceFen;
    if (want.unitPriceFen !== undefined && want.unitPriceFen !== catalogPrice) {
      throw new AppError(
        'FEE_PRICE_MISMATCH',
        `“${fl.name}”的收费标准是 ${formatFen(catalogPrice ?? 0)}，不能按 ${formatFen(want.unitPriceFen)} 收取`,
        { feeLineId: fl.id, catalogFen: catalogPrice },
      );
    }
    const amount = lineAmount(std, quantity);
    if (want.amountFen !== undefined && want.amountFen !== amount) {
      throw new AppError(
        'FEE_PRICE_MISMATCH',
        `“${fl.name}”按收费目录应收 ${formatFen(amount)}，与填写的 ${formatFen(want.amountFen)} 不一致`,
        { feeLineId: fl.id, catalogFen: amount },
      );
    }
    return {
      id: newId(),
      hall_id: hallId,
      fee_line_id: fl.id,
      position: i + 1,
      code: fl.code,
      name: fl.name,
      category: fl.category,
      mode: fl.mode,
      unit_name: fl.unit_name,
      unit_price_fen: fl.unit_price_fen ?? fl.amount_fen,
      quantity,
      cap_fen: fl.cap_fen,
      amount_fen: amount,
      waived_fen: 0,
      refunded_fen: 0,
      basis: fl.basis,
      receiving_department_id: fl.receiving_department_id,
    };
  });
  return { catalog, lines, totals: noticeTotals(lines.map((l) => ({ amountFen: l.amount_fen, waivedFen: 0 }))) };
}
