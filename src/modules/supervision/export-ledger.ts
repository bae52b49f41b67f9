import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/index.js';
import type { LedgerCursor } from '../../domain/ledger-cursor.js';
import { applicantMasked, kindLabel, ledgerResult, onTimeLabel, statusLabel } from '../../domain/ledger-row.js';
import { type AppDeps, inTx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { handlerIds, handlerOf } from './ledger-present.js';
import { findHallForLedger, hallDepartmentNames, ledgerCases, userNames } from './ledger-repository.js';
import type { LedgerFilter } from './schema.js';

/** Columns of the exported register, in order (standard 办件台账 headings). */
export const LEDGER_HEADERS = [
  '办件编号',
  '事项名称',
  '实施部门',
  '办件类型',
  '申请人',
  '收件日期',
  '受理日期',
  '承诺办结日期',
  '办结日期',
  '办理结果',
  '是否按时办结',
  '经办人',
  '办件状态',
] as const;
const WIDTHS = [22, 36, 24, 10, 24, 12, 12, 14, 12, 12, 12, 12, 16];

/** Uncompressed sheet XML allowed to wait for the zip compressor before the next chunk is read. */
const MAX_PENDING_XML = 1 << 20;

/**
 * Bytes of sheet XML written by exceljs but not yet taken by the zip compressor. exceljs writes a
 * committed row into the zip entry without looking at backpressure, so this is read from the entry's
 * stream state (readable-stream internals; 0 if the shape ever changes, leaving only the check on `out`).
 */
function pendingXml(sheet: unknown): number {
  type State = { length?: number } | undefined;
  type Pipe = { _writableState?: State; _readableState?: State };
  const pipes = (sheet as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  return pipes.reduce((n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
}

/**
 * Wait until the compressor and the client have caught up: at most about one chunk of rows is
 * held ahead of what the socket has taken, whatever the client's speed. Also yields to the event
 * loop: on SQLite every query resolves at once, and without a turn zlib and the socket never run.
 */
async function backpressure(sheet: unknown, out: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (!out.destroyed && (out.writableNeedDrain || pendingXml(sheet) > MAX_PENDING_XML))
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
}

/** Cases read per query: each query is short, so one export never holds the connection for long. */
export const EXPORT_CHUNK = 1000;
/** Excel allows 1,048,576 rows a sheet; a larger export continues on a new sheet. */
const ROWS_PER_SHEET = 1_000_000;

export interface ExportResult {
  rows: number;
  /** the client went away before the end */
  aborted: boolean;
}

/**
 * Write the ledger of a hall as .xlsx to `out`, row by row (exceljs streaming writer: rows are
 * zipped and sent as they are committed; the workbook is never whole in memory). Cases are read
 * in keyset chunks of EXPORT_CHUNK in ledger order; before each next chunk it waits for the
 * compressor and the client (`backpressure`), so memory stays flat for any size and client speed.
 * Applicants are masked. The caller authorizes and audits.
 */
export async function writeLedgerXlsx(db: Db, hallId: string, f: LedgerFilter, out: Writable): Promise<ExportResult> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  book.creator = '一站 Yizhan';
  const addSheet = (n: number) => {
    const sheet = book.addWorksheet(n === 1 ? '办件台账' : `办件台账${n}`);
    sheet.columns = LEDGER_HEADERS.map((header, i) => ({ header, key: `c${i}`, width: WIDTHS[i] }));
    return sheet;
  };
  const departments = await hallDepartmentNames(db, hallId);
  const users = new Map<string, string>();
  let sheetNo = 1;
  let sheet = addSheet(sheetNo);
  let onSheet = 0;
  let total = 0;
  let after: LedgerCursor | null = null;
  for (;;) {
    if (out.destroyed) return { rows: total, aborted: true };
    const rows = await ledgerCases(db, hallId, f, { limit: EXPORT_CHUNK, after });
    const unknown = handlerIds(rows).filter((id) => !users.has(id));
    for (const [id, name] of await userNames(db, unknown)) users.set(id, name);
    for (const c of rows) {
      if (onSheet === ROWS_PER_SHEET) {
        sheet.commit();
        sheet = addSheet(++sheetNo);
        onSheet = 0;
      }
      sheet
        .addRow([
          c.number,
          c.item_name,
          departments.get(c.department_id) ?? '',
          kindLabel(c.kind),
          applicantMasked(c.applicant_type, c.applicant_name),
          c.received_on,
          c.accepted_on ?? '',
          c.due_on ?? '',
          c.decided_on ?? '',
          ledgerResult(c.status, c.decision),
          onTimeLabel(c.on_time),
          handlerOf(c, users),
          statusLabel(c.status),
        ])
        .commit();
      onSheet++;
    }
    total += rows.length;
    const last = rows.at(-1);
    if (rows.length < EXPORT_CHUNK || !last) break;
    after = { receivedOn: last.received_on, number: last.number };
    await backpressure(sheet, out);
  }
  sheet.commit();
  await book.commit();
  return { rows: total, aborted: false };
}

/**
 * Authorize an export (ledger.read) and audit it before the first byte: an export takes (masked)
 * personal data out of the system, so who, when and which filters are recorded. Returns the hall.
 */
export async function startLedgerExport(deps: AppDeps, user: AuthUser, actor: Actor, hallId: string, f: LedgerFilter) {
  await authorizeHall(deps.db, user, 'ledger.read', hallId);
  if (f.from && f.to && f.from > f.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期');
  const hall = await findHallForLedger(deps.db, hallId);
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
  await inTx(deps, (trx) =>
    recordAudit(trx, deps.dialect, actor, {
      action: 'ledger.export',
      entityType: 'hall',
      entityId: hallId,
      hallId,
      after: { filters: f },
    }),
  );
  return hall;
}

/** `办件台账-DL-20260302.xlsx` as a Content-Disposition value (RFC 6266 / 5987). */
export function exportDisposition(hallCode: string, today: string): string {
  const name = `办件台账-${hallCode}-${today.replaceAll('-', '')}.xlsx`;
  return `attachment; filename="ledger-${hallCode}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
