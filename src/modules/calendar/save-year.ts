import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { CalendarYearRow } from '../../db/types.js';
import { validateYearDays } from '../../domain/calendar.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { dayRowsOf, deleteYearDays, insertDays, ownYearRow } from './repository.js';
import { loadHallCalendar, type ResolvedYear } from './resolve.js';
import type { ReplaceYearInput } from './schema.js';

/** Calendar edits by the hall manager (大厅管理办公室): permission `org.manage` on the hall. */

function checkVersion(own: CalendarYearRow | undefined, expected: number | undefined): void {
  if (expected !== undefined && expected !== (own?.version ?? 0)) throw new AppError('VERSION_CONFLICT');
}

/**
 * Write the hall's own row for `year` (insert, or update guarded by its version so that two
 * concurrent edits cannot both win) and replace its days.
 */
async function writeOwnYear(
  trx: Db,
  hallId: string,
  year: number,
  own: CalendarYearRow | undefined,
  values: Pick<CalendarYearRow, 'status' | 'source' | 'confirmed_by' | 'confirmed_at'>,
  days: readonly { date: string; kind: string; name: string }[] | null,
): Promise<void> {
  const now = nowIso();
  if (own) {
    const res = await trx
      .updateTable('calendar_years')
      .set({ ...values, version: own.version + 1, updated_at: now })
      .where('hall_id', '=', hallId)
      .where('year', '=', year)
      .where('version', '=', own.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
  } else {
    await trx
      .insertInto('calendar_years')
      .values({ hall_id: hallId, year, ...values, version: 1, updated_at: now })
      .execute();
  }
  if (days) {
    await deleteYearDays(trx, hallId, year);
    await insertDays(trx, hallId, days);
  }
}

async function snapshot(trx: Db, hallId: string, year: number) {
  const row = await ownYearRow(trx, hallId, year);
  if (!row) return null;
  const days = await dayRowsOf(trx, hallId, year);
  return { ...row, days: days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })) };
}

async function resolvedAfter(trx: Db, hallId: string, year: number): Promise<ResolvedYear> {
  const cal = await loadHallCalendar(trx, hallId);
  return cal!.resolve(year);
}

/** PUT: the hall's full list of holidays and make-up days for `year` replaces what it had (or inherited). */
export async function replaceYear(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  year: number,
  input: ReplaceYearInput,
): Promise<ResolvedYear> {
  await authorizeHall(trx, user, 'org.manage', hallId);
  const errors = validateYearDays(year, input.days);
  if (errors.length) throw new AppError('RULE_VIOLATION', `日历有误：${errors.join('；')}`, { errors });
  const own = await ownYearRow(trx, hallId, year);
  checkVersion(own, input.version);
  const before = await snapshot(trx, hallId, year);
  const official = input.status === 'official';
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1));
  await writeOwnYear(
    trx,
    hallId,
    year,
    own,
    {
      status: input.status,
      source: input.source,
      confirmed_by: official ? user.id : null,
      confirmed_at: official ? nowIso() : null,
    },
    days,
  );
  await recordAudit(trx, dialect, actor, {
    action: 'calendar.replace',
    entityType: 'calendar_year',
    entityId: `${hallId}:${year}`,
    hallId,
    before,
    after: await snapshot(trx, hallId, year),
  });
  return resolvedAfter(trx, hallId, year);
}

/**
 * POST …/confirm: the provisional year in force becomes official unchanged. A year of the hall's own
 * is updated; a built-in year is stored for the hall; a year inherited from a higher hall must be
 * confirmed there (or replaced here), so that confirming never silently forks the city's calendar.
 */
export async function confirmYear(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  year: number,
  expectedVersion: number | undefined,
): Promise<ResolvedYear> {
  await authorizeHall(trx, user, 'org.manage', hallId);
  const cal = await loadHallCalendar(trx, hallId);
  if (!cal) throw new AppError('NOT_FOUND', '大厅不存在');
  const current = cal.resolve(year);
  if (current.def.status === 'official') throw new AppError('RULE_VIOLATION', `${year} 年日历已是正式版，无需确认`);
  if (current.origin === 'inherited') {
    throw new AppError('RULE_VIOLATION', `${year} 年日历继承自上级大厅，请由上级大厅确认，或在本大厅录入正式安排`);
  }
  const own = current.origin === 'own' ? (current.row ?? undefined) : undefined;
  checkVersion(own, expectedVersion);
  const before = await snapshot(trx, hallId, year);
  await writeOwnYear(
    trx,
    hallId,
    year,
    own,
    { status: 'official', source: current.def.source, confirmed_by: user.id, confirmed_at: nowIso() },
    own ? null : current.def.days,
  );
  await recordAudit(trx, dialect, actor, {
    action: 'calendar.confirm',
    entityType: 'calendar_year',
    entityId: `${hallId}:${year}`,
    hallId,
    before,
    after: await snapshot(trx, hallId, year),
  });
  return resolvedAfter(trx, hallId, year);
}
