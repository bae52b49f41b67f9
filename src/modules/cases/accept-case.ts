import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { caseClock } from '../../domain/case-deadline.js';
import type { Pause } from '../../domain/deadline.js';
import { CASE_KIND_LABELS, type CaseKind } from '../../domain/guide.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../auth/scope.js';
import type { HallCalendar } from '../calendar/index.js';
import { casePauses, hallCalendarOf } from './deadline.js';
import { issueDocument } from './documents.js';
import type { KnownChildren } from './present.js';
import { guideOf } from './receive-case.js';
import {
  type CaseMaterialRow,
  type CaseRow,
  findItemVersion,
  insertTasks,
  listMaterials,
  listPauses,
} from './repository.js';
import { reviewStart } from './start-review.js';
import {
  assertTransition,
  type CaseActor,
  checkVersion,
  loadCaseForUpdate,
  transitionCase,
  transitionCaseSteps,
} from './transition.js';

export interface AcceptBody {
  rowVersion: number;
  immediate?: boolean;
  decisionReason?: string;
}

/** Required materials not (yet) handed in as they should be. */
export function incompleteMaterials(ms: CaseMaterialRow[]): CaseMaterialRow[] {
  return ms.filter((m) => m.required === 1 && m.state !== 'submitted');
}

/** The accepted case's due dates as stored on the row (cache of the deadline engine). */
export async function acceptanceColumns(
  trx: Db,
  hc: HallCalendar,
  c: CaseRow,
  acceptedOn: IsoDate,
  today: IsoDate,
  pauses?: Pause[],
) {
  const clock = caseClock(hc.calendar, {
    acceptedOn,
    promisedDays: c.promised_days,
    statutoryDays: c.statutory_days,
    extensionDays: c.extension_days,
    pauses: pauses ?? (await casePauses(trx, c.id)),
    asOf: today > acceptedOn ? today : acceptedOn,
  });
  return {
    clock,
    set: {
      accepted_on: acceptedOn,
      due_on: clock.dueOn,
      statutory_due_on: clock.statutoryDueOn,
      due_provisional: clock.provisional ? 1 : 0,
    },
  };
}

/** The 受理通知书: what was accepted, from which day the clock runs and the promised date. */
export function acceptanceNotice(
  c: CaseRow,
  acceptedOn: IsoDate,
  clock: { dueOn: IsoDate; statutoryDueOn: IsoDate | null; provisional: boolean },
  deemed: boolean,
) {
  return {
    acceptedOn,
    deemed,
    kindLabel: CASE_KIND_LABELS[c.kind as CaseKind] ?? c.kind,
    promisedDays: c.promised_days,
    statutoryDays: c.statutory_days,
    promisedOn: clock.dueOn,
    statutoryDueOn: clock.statutoryDueOn,
    provisionalCalendar: clock.provisional,
    text: deemed
      ? `您的申请于 ${c.received_on} 收件，本机关未在五个工作日内作出受理决定或一次性告知补正，依照《中华人民共和国行政许可法》第三十二条，自收件之日起视为受理。`
      : `您的申请材料齐全、符合法定形式，本机关决定予以受理，受理日期 ${acceptedOn}。`,
    promise: `本事项承诺自受理之日起 ${c.promised_days} 个工作日内办结，即不迟于 ${clock.dueOn}（法定节假日不计算在内；依法需要听证、检验检测、专家评审等的时间不计算在内）。`,
  };
}

/** An accepted case as stored, with what the transaction already has for its view (src/modules/cases/present.ts). */
export interface AcceptedCase {
  row: CaseRow;
  calendar: HallCalendar;
  known: KnownChildren;
}

/**
 * Accept 受理: all required materials handed in (else 422 MATERIALS_INCOMPLETE); the clock counts
 * from the day after `complete_on` (supplemented) or today; issues the 受理通知书. A 即办件 with
 * `immediate` is decided and handed over in the same visit; any other case goes into review
 * (`accept` and `start_review` written as one update of the case, each with its event and audit
 * record). A case still `received` has no review tasks yet (only `start_review` and the escalation
 * of a case in review create them), so its tasks afterwards are exactly the ones written here.
 */
export async function acceptCase(
  trx: Db,
  who: CaseActor & { user: NonNullable<CaseActor['user']> },
  caseId: string,
  body: AcceptBody,
  today: IsoDate,
): Promise<AcceptedCase> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'accept');
  if (body.immediate && c.kind !== 'immediate')
    throw new AppError('RULE_VIOLATION', '只有即办件可以当场办结，其他办件受理后进入审查');
  const materials = await listMaterials(trx, c.id);
  const missing = incompleteMaterials(materials);
  if (missing.length)
    throw new AppError(
      'MATERIALS_INCOMPLETE',
      `必需材料不齐全：${missing.map((m) => m.name).join('、')}。请出具一次性告知书`,
      { materials: missing.map((m) => ({ position: m.position, name: m.name, state: m.state })) },
    );
  const version = await findItemVersion(trx, c.item_id, c.item_version);
  if (!version) throw new AppError('ITEM_NOT_PUBLISHED');
  const hc = await hallCalendarOf(trx, c.hall_id);
  const acceptedOn = c.complete_on ?? today;
  const pauseRows = await listPauses(trx, c.id);
  const pauses = pauseRows.map((p) => ({ from: p.started_on, to: p.ended_on }));
  const { clock, set } = await acceptanceColumns(trx, hc, c, acceptedOn, today, pauses);
  const accept = {
    action: 'accept',
    set,
    detail: { acceptedOn, dueOn: clock.dueOn, immediate: body.immediate === true },
  } as const;
  const notice = acceptanceNotice(c, acceptedOn, clock, false);
  const issued = { userId: who.user.id, issuedOn: today };
  if (!body.immediate) {
    const review = reviewStart(c, guideOf(version), acceptedOn, hc.calendar);
    const row = await transitionCaseSteps(trx, who, c, [accept, review.step], { hallPath: hc.hall.path });
    await issueDocument(trx, row, 'acceptance', notice, issued);
    await insertTasks(trx, review.tasks);
    const asOf = today > acceptedOn ? today : acceptedOn;
    return {
      row,
      calendar: hc,
      known: { materials, pauses: pauseRows, tasks: review.tasks, clock: { asOf, clock } },
    };
  }
  let row = await transitionCaseSteps(trx, who, c, [accept], { hallPath: hc.hall.path });
  await issueDocument(trx, row, 'acceptance', notice, issued);

  // 即办件: decided at the window and handed over on the spot.
  const reason = body.decisionReason?.trim() || '申请材料齐全、符合法定形式，当场办结';
  row = await transitionCase(trx, who, row, 'settle', {
    set: {
      decision: 'approve',
      decision_reason: reason,
      decided_on: today,
      decided_by: who.user.id,
      on_time: today <= clock.dueOn ? 1 : 0,
      working_days_used: 0,
    },
    detail: { decision: 'approve' },
  });
  await issueDocument(
    trx,
    row,
    'decision',
    { decision: 'approve', decisionLabel: '准予', reason, decidedOn: today },
    {
      userId: who.user.id,
      issuedOn: today,
    },
  );
  const collector = row.agent_name ?? row.applicant_name;
  row = await transitionCase(trx, who, row, 'deliver', {
    set: {
      delivery_method: 'pickup',
      delivery_detail: JSON.stringify({ collectorName: collector, onSite: true }),
      delivered_on: today,
    },
    detail: { method: 'pickup', onSite: true },
  });
  await issueDocument(
    trx,
    row,
    'delivery',
    { method: 'pickup', collectorName: collector, deliveredOn: today },
    {
      userId: who.user.id,
      issuedOn: today,
    },
  );
  return { row, calendar: hc, known: { materials, pauses: pauseRows, tasks: [] } };
}
