import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FormRequest } from './build-items.js';
import { FORMS, type FormSpec, ORG_FIELDS, PERSON_FIELDS } from './content/forms.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/** A blank application form 空白申请表: title, labelled bordered fields, declaration and signature lines. */
export async function formWorkbook(spec: FormSpec, created: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '一站 Yizhan';
  wb.created = created;
  wb.modified = created;
  const ws = wb.addWorksheet('申请表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 22 }, { width: 30 }, { width: 22 }, { width: 30 }];

  const band = (
    row: number,
    text: string,
    o: { bold?: boolean; size?: number; height?: number; fill?: boolean } = {},
  ) => {
    ws.mergeCells(row, 1, row, 4);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: o.size ?? 11, bold: o.bold ?? false };
    cell.alignment = { vertical: 'middle', horizontal: o.size ? 'center' : 'left', wrapText: true };
    if (o.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    if (!o.size) cell.border = BORDER;
    ws.getRow(row).height = o.height ?? 22;
  };
  const pairs = (start: number, labels: string[]): number => {
    let row = start;
    for (let i = 0; i < labels.length; i += 2) {
      for (let j = 0; j < 2; j++) {
        const label = labels[i + j];
        const labelCell = ws.getCell(row, 1 + j * 2);
        const valueCell = ws.getCell(row, 2 + j * 2);
        labelCell.value = label ?? '';
        labelCell.font = { name: FONT, size: 11, bold: true };
        labelCell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        labelCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7F9FC' } };
        labelCell.border = BORDER;
        valueCell.border = BORDER;
      }
      ws.getRow(row).height = 26;
      row++;
    }
    return row;
  };

  band(1, spec.title, { bold: true, size: 18, height: 36 });
  ws.mergeCells(2, 3, 2, 4);
  const no = ws.getCell(2, 3);
  no.value = '受理编号：______________';
  no.alignment = { horizontal: 'right' };
  no.font = { name: FONT, size: 10 };
  let row = 3;
  band(row++, spec.applicant === 'person' ? '一、申请人基本信息' : '一、申请单位基本信息', { bold: true, fill: true });
  row = pairs(row, spec.applicant === 'person' ? PERSON_FIELDS : ORG_FIELDS);
  band(row++, '二、申请事项信息', { bold: true, fill: true });
  row = pairs(row, spec.fields);
  if (spec.box) {
    band(row++, spec.box, { bold: true });
    band(row++, '', { height: 90 });
  }
  band(row++, '三、申请人承诺', { bold: true, fill: true });
  band(
    row++,
    '本人（单位）承诺：所填写的信息和提交的申请材料真实、合法、有效，复印件与原件一致；如有虚假，愿意承担相应的法律责任。',
    { height: 44 },
  );
  band(row++, '申请人（签字或盖章）：                              年      月      日', { height: 36 });
  band(row++, '以下由受理窗口填写', { bold: true, fill: true });
  row = pairs(row, ['受理人', '受理日期', '审核意见', '审核人']);
  for (const note of spec.notes ?? []) {
    ws.mergeCells(row, 1, row, 4);
    const cell = ws.getCell(row, 1);
    cell.value = `说明：${note}`;
    cell.font = { name: FONT, size: 9, italic: true };
    cell.alignment = { wrapText: true };
    ws.getRow(row).height = 30;
    row++;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Generate each distinct form once and store one `files` row per item that uses it. */
export async function buildForms(ctx: SeedContext, plan: DemoPlan, requests: FormRequest[]): Promise<void> {
  const cache = new Map<string, Buffer>();
  const created = new Date(`${ctx.monthsAgo(6)}T00:00:00Z`);
  for (const r of requests) {
    const spec = FORMS[r.formKey];
    if (!spec) throw new Error(`unknown form ${r.formKey}`);
    let bytes = cache.get(r.formKey);
    if (!bytes) {
      bytes = await formWorkbook(spec, created);
      cache.set(r.formKey, bytes);
    }
    plan.files.push({
      id: r.fileId,
      hall_id: r.hallId,
      owner_type: 'item',
      owner_id: r.itemId,
      filename: `${spec.title}.xlsx`,
      mime: XLSX_MIME,
      size: bytes.length,
      content_base64: bytes.toString('base64'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      created_at: ctx.now,
    });
  }
}
