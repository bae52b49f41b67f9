import type { Db, DbHandle, Dialect } from '../../db/index.js';
import { addDays } from '../../domain/calendar-date.js';
import { isDeemedAccepted } from '../../domain/case-deadline.js';
import { chinaDate } from '../../domain/china-time.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../audit/record.js';
import type { HallCalendar } from '../calendar/index.js';
import { acceptanceColumns, acceptanceNotice } from './accept-case.js';
import { hallCalendarOf } from './deadline.js';
import { issueDocument } from './documents.js';
import { guideOf } from './receive-case.js';
import { findItemVersion } from './repository.js';
import { startReview } from './start-review.js';
import { type CaseActor, loadCaseForUpdate, transitionCase } from './transition.js';

export interface DeemedDeps {
  db: Db;
  dialect: Dialect;
  /** when given, its `transact` (group commit on SQLite) runs each case's transaction */
  handle?: Pick<DbHandle, 'transact'>;
}

const SYSTEM: Actor = { id: null, username: 'system', ip: 'scheduler' };

export const DEEMED_JOB = 'case.deemed_acceptance';

/**
 * Deemed acceptance 视为受理 (行政许可法 art. 32): a case still `received` — neither accepted, refused
 * nor asked for supplements — after the 5th working day from receipt (or from the day complete
 * supplements arrived) is accepted as of that day by the system, with `deemed_accepted = 1`, the
 * 受理通知书 and its review tasks. Each case in its own transaction, re-read under lock and moved by
 * a conditional update: safe to run twice, and on several processes at once.
 */
export async function runDeemedAcceptance(deps: DeemedDeps, now: Date = new Date()): Promise<{ accepted: string[] }> {
  const today = chinaDate(now);
  // Five working days span at least six calendar days: older bases only.
  const candidates = await deps.db
    .selectFrom('cases')
    .select(['id', 'hall_id', 'received_on', 'complete_on'])
    .where('status', '=', 'received')
    .where((eb) => eb(eb.fn.coalesce('complete_on', 'received_on'), '<=', addDays(today, -6)))
    .execute();
  const calendars = new Map<string, HallCalendar>();
  const calendarOf = async (hallId: string) => {
    let hc = calendars.get(hallId);
    if (!hc) {
      hc = await hallCalendarOf(deps.db, hallId);
      calendars.set(hallId, hc);
    }
    return hc;
  };
  const accepted: string[] = [];
  const run = <T>(fn: (trx: Db) => Promise<T>) =>
    deps.handle?.transact ? deps.handle.transact(fn) : deps.db.transaction().execute(fn);
  const who: CaseActor = { dialect: deps.dialect, actor: SYSTEM, user: null };
  for (const cand of candidates) {
    const hc = await calendarOf(cand.hall_id);
    if (!isDeemedAccepted(hc.calendar, cand.complete_on ?? cand.received_on, today)) continue;
    try {
      const done = await run(async (trx) => {
        const c = await loadCaseForUpdate(trx, deps.dialect, cand.id);
        if (c?.status !== 'received') return false; // another run (or a person) was first
        const base = c.complete_on ?? c.received_on;
        if (!isDeemedAccepted(hc.calendar, base, today)) return false;
        const version = await findItemVersion(trx, c.item_id, c.item_version);
        if (!version) return false;
        const { clock, set } = await acceptanceColumns(trx, hc, c, base, today);
        const row = await transitionCase(trx, who, c, 'deem_accept', {
          set: { ...set, deemed_accepted: 1 },
          detail: { acceptedOn: base, dueOn: clock.dueOn, rule: '行政许可法第三十二条' },
        });
        await issueDocument(trx, row, 'acceptance', acceptanceNotice(row, base, clock, true), {
          userId: null,
          issuedOn: today,
        });
        await startReview(trx, who, row, guideOf(version), hc.calendar);
        return true;
      });
      if (done) accepted.push(cand.id);
    } catch (err) {
      // A concurrent run or a person changed the case between our read and our update: theirs stands.
      if (err instanceof AppError && (err.code === 'VERSION_CONFLICT' || err.code === 'CASE_STATE')) continue;
      throw err;
    }
  }
  return { accepted };
}
