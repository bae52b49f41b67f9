import type { z } from 'zod';
import type { Db } from '../../db/index.js';
import { decodeCursor, encodeCursor } from '../../domain/ledger-cursor.js';
import { ledgerSummary } from '../../domain/ledger-summary.js';
import { AppError } from '../../http/errors.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { handlerIds, presentLedgerRow } from './ledger-present.js';
import { hallDepartmentNames, ledgerCases, ledgerSums, userNames } from './ledger-repository.js';
import type { LedgerPageSchema, LedgerQuery } from './schema.js';

/**
 * One page of the ledger 办件台账 (ledger.read) with the summary of everything the filters select.
 * Rows come from an index in `received_on desc, number desc` order; `nextCursor` resumes after the
 * last row without counting the rows before it, so deep pages stay as fast as the first.
 */
export async function readLedger(
  db: Db,
  user: AuthUser,
  hallId: string,
  q: LedgerQuery,
): Promise<z.infer<typeof LedgerPageSchema>> {
  await authorizeHall(db, user, 'ledger.read', hallId);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !after) throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新查询');
  if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期');
  const found = await ledgerCases(db, hallId, q, {
    limit: q.pageSize + 1,
    offset: (q.page - 1) * q.pageSize,
    after,
  });
  const rows = found.slice(0, q.pageSize);
  const sums = await ledgerSums(db, hallId, q);
  const departments = await hallDepartmentNames(db, hallId);
  const users = await userNames(db, handlerIds(rows));
  const last = rows.at(-1);
  const summary = ledgerSummary(sums);
  return {
    summary,
    rows: rows.map((r) => presentLedgerRow(r, { departments, users })),
    page: q.page,
    pageSize: q.pageSize,
    total: summary.total,
    nextCursor:
      found.length > q.pageSize && last ? encodeCursor({ receivedOn: last.received_on, number: last.number }) : null,
  };
}
