import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { CaseWarningsTable } from '../../db/types.js';
import { chinaDate } from '../../domain/china-time.js';
import type { Actor } from '../audit/record.js';
import { recordAudit } from '../audit/record.js';
import type { SupervisionJobDeps } from './fold-ledger-stats.js';
import { hallIds, insertWarnings } from './repository.js';
import { runningClocks } from './running-clocks.js';

/** The audit actor of the supervision jobs. */
const SYSTEM: Actor = { id: null, username: 'system', ip: 'scheduler' };

export interface RaiseResult {
  raised: number;
  /** running cases looked at */
  checked: number;
}

/** One warning per case (or task) and level: raising it again is a no-op (unique key). */
export function warnKey(caseId: string, taskId: string | null, level: 'yellow' | 'red'): string {
  return `${caseId}:${taskId ?? 'case'}:${level}`;
}

/**
 * Warnings 预警 for every running case and active step that is yellow or red at `now`, for the
 * handler, the chief representative and the supervisor (who see them through the supervision
 * routes). Safe to run twice and on several processes at once: the unique `warn_key` keeps one row
 * per (case/task, level), `on conflict do nothing`, and only the rows this call inserted are
 * audited. Rows are inserted in key order, so concurrent runs wait on each other instead of
 * deadlocking. The lead wires it into the scheduler (every few minutes is plenty: colours change
 * once a day, and when a case is paused, resumed or extended).
 */
export async function raiseWarnings(deps: SupervisionJobDeps, now: Date): Promise<RaiseResult> {
  const today = chinaDate(now);
  const out: RaiseResult = { raised: 0, checked: 0 };
  for (const { id: hallId } of await hallIds(deps.db)) {
    const clocks = await runningClocks(deps.db, hallId, today);
    out.checked += clocks.length;
    const rows: Insertable<CaseWarningsTable>[] = [];
    const add = (caseId: string, taskId: string | null, colour: string) => {
      if (colour !== 'yellow' && colour !== 'red') return;
      rows.push({
        id: newId(),
        hall_id: hallId,
        case_id: caseId,
        task_id: taskId,
        level: colour,
        raised_on: today,
        read_at: null,
        warn_key: warnKey(caseId, taskId, colour),
      });
    };
    for (const c of clocks) {
      add(c.row.id, null, c.colour);
      for (const t of c.tasks) add(c.row.id, t.id, t.colour);
    }
    if (rows.length === 0) continue;
    rows.sort((a, b) => (a.warn_key < b.warn_key ? -1 : 1));
    const inserted = await deps.db.transaction().execute(async (trx) => {
      const done = await insertWarnings(trx, rows);
      for (const w of done)
        await recordAudit(trx, deps.dialect, SYSTEM, {
          action: 'supervision.warning.raise',
          entityType: 'case_warning',
          entityId: w.id,
          hallId,
          after: { caseId: w.case_id, taskId: w.task_id, level: w.level, raisedOn: today },
        });
      return done.length;
    });
    out.raised += inserted;
  }
  if (out.raised) deps.log?.info(out, 'supervision warnings raised');
  return out;
}
