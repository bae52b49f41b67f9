import ExcelJS from 'exceljs';
import type { Db } from '../../db/index.js';
import { formatFen } from '../../domain/fee-money.js';
import {
  FEE_CATEGORY_LABELS,
  type FeeCategory,
  PAYMENT_METHOD_LABELS,
  type PaymentMethod,
} from '../../domain/fee-rules.js';
import { dayEntries, entryViews } from './settlements.js';
import type { SettlementView } from './views.js';

/**
 * The day's settlement as .xlsx (Chinese headers): sheet 日结汇总 (one row per department) and sheet
 * 收退费明细 (every entry, waivers with their approval document). Amounts are text "¥1,234.50",
 * built from integer fen, so no floating point enters the file.
 */
export async function settlementWorkbook(
  db: Db,
  hall: { id: string; name: string },
  day: string,
  views: SettlementView[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '一站 Yizhan';
  wb.created = new Date();
  const summary = wb.addWorksheet('日结汇总');
  summary.addRow([`${hall.name} 统一收费日结 ${day}`]).font = { bold: true, size: 14 };
  summary.addRow([]);
  const header = [
    '收款部门',
    '日期',
    '状态',
    '收费笔数',
    '收费金额',
    '退费笔数',
    '退费金额',
    '应解缴金额',
    '现金',
    '银行卡',
    '扫码支付',
    '减免项数',
    '减免金额',
    '银行申报金额',
    '结账人',
    '结账时间',
    '对账结果',
  ];
  summary.addRow(header).font = { bold: true };
  for (const v of views) {
    summary.addRow([
      v.departmentName,
      v.day,
      v.status === 'closed' ? '已日结' : '未日结',
      v.paymentCount,
      formatFen(v.paymentsFen),
      v.refundCount,
      formatFen(v.refundsFen),
      formatFen(v.netFen),
      formatFen(v.byMethod.cash),
      formatFen(v.byMethod.card),
      formatFen(v.byMethod.qr),
      v.waiverCount,
      formatFen(v.waivedFen),
      v.declaredFen === null ? '' : formatFen(v.declaredFen),
      v.closedByName ?? '',
      v.closedAt ?? '',
      v.reconciliation.ok ? '相符' : v.reconciliation.problems.join('；'),
    ]);
  }
  summary.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : i === header.length - 1 ? 40 : 14;
  });

  const detail = wb.addWorksheet('收退费明细');
  detail.addRow([
    '收款部门',
    '类型',
    '时间',
    '缴费通知单号',
    '办件编号',
    '票据号',
    '收费项目',
    '收费类别',
    '支付方式',
    '金额',
    '减免金额',
    '减免审批文号',
    '更正关联日结',
  ]).font = { bold: true };
  for (const v of views) {
    const entries = await entryViews(db, await dayEntries(db, hall.id, day, v.departmentId));
    for (const e of entries) {
      detail.addRow([
        v.departmentName,
        e.kind === 'payment' ? '收费' : '退费',
        e.at,
        e.noticeNumber,
        e.caseNumber,
        e.receiptNo,
        e.lineName,
        FEE_CATEGORY_LABELS[e.category as FeeCategory] ?? e.category,
        PAYMENT_METHOD_LABELS[e.method as PaymentMethod] ?? e.method,
        formatFen(e.amountFen),
        e.waivedFen > 0 ? formatFen(e.waivedFen) : '',
        e.waiverDocumentNo ?? '',
        e.linkedSettlement ? `${e.linkedSettlement.day} 日结更正` : '',
      ]);
    }
  }
  detail.columns.forEach((c) => {
    c.width = 18;
  });
  for (const ws of [summary, detail]) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^-?¥/.test(cell.value)) cell.alignment = { horizontal: 'right' };
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
