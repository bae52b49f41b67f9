import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { decisionNotice } from '../../domain/case-review-notices.js';
import { decisionTiming } from '../../domain/case-review-schedule.js';
import type { Decision } from '../../domain/case-review-tasks.js';
import { AppError } from '../../http/errors.js';
import { type CaseRow, casePauses, hallCalendarOf, issueDocument, loadCaseForUpdate, transitionCase } from './core.js';
import type { Reviewer } from './policy.js';
import { findHallName } from './repository.js';

export interface DecisionInput {
  decision: Decision;
  reason: string;
}

/** on_time and working_days_used of a case decided today, against its promised due date. */
async function timingColumns(trx: Db, c: CaseRow, today: IsoDate) {
  const hc = await hallCalendarOf(trx, c.hall_id);
  const acceptedOn = c.accepted_on ?? today;
  const t = decisionTiming(hc.calendar, acceptedOn, today, c.due_on ?? today, await casePauses(trx, c.id));
  return { on_time: t.onTime ? 1 : 0, working_days_used: t.workingDaysUsed };
}

/**
 * Record the decision 作出决定 (准予 / 不予): the case becomes `decided` with on-time and working days
 * used, and the decision document is issued — a denial with its reasons and the applicant's right to
 * reconsideration or litigation. A case the parent hall received from below (上报件) sends its decision
 * back: the original case at the lower hall is decided the same way, with its own document.
 */
export async function decideCase(
  trx: Db,
  who: Reviewer,
  c: CaseRow,
  d: DecisionInput,
  today: IsoDate,
  detail: Record<string, unknown> = {},
): Promise<CaseRow> {
  const timing = await timingColumns(trx, c, today);
  const row = await transitionCase(trx, who, c, 'decide', {
    set: { decision: d.decision, decision_reason: d.reason, decided_on: today, decided_by: who.user.id, ...timing },
    detail: {
      decision: d.decision,
      onTime: timing.on_time === 1,
      workingDaysUsed: timing.working_days_used,
      ...detail,
    },
  });
  await issueDocument(
    trx,
    row,
    'decision',
    decisionNotice({ caseNumber: row.number, itemName: row.item_name }, { ...d, decidedOn: today }),
    { userId: who.user.id, issuedOn: today },
  );
  if (row.parent_case_id) await returnDecision(trx, who, row, d, today);
  return row;
}

/** The parent hall decided a reported-up case: the original at the accepting hall gets the decision. */
async function returnDecision(trx: Db, who: Reviewer, child: CaseRow, d: DecisionInput, today: IsoDate) {
  const original = await loadCaseForUpdate(trx, who.dialect, child.parent_case_id as string);
  if (original?.status !== 'escalated')
    throw new AppError('CASE_STATE', '原办件不在“已上报”状态，上级决定无法回传', {
      originalCaseId: child.parent_case_id,
    });
  const hall = await findHallName(trx, child.hall_id);
  const timing = await timingColumns(trx, original, today);
  const row = await transitionCase(trx, who, original, 'decide', {
    set: { decision: d.decision, decision_reason: d.reason, decided_on: today, decided_by: who.user.id, ...timing },
    detail: {
      decision: d.decision,
      decidedByHallId: child.hall_id,
      decidedCaseId: child.id,
      decidedCaseNumber: child.number,
      onTime: timing.on_time === 1,
      workingDaysUsed: timing.working_days_used,
    },
  });
  await issueDocument(
    trx,
    row,
    'decision',
    decisionNotice(
      { caseNumber: row.number, itemName: row.item_name },
      { ...d, decidedOn: today, decidedByHall: hall?.name ?? '' },
    ),
    { userId: who.user.id, issuedOn: today },
  );
}
