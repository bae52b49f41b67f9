import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { type ColourThresholds, caseColour } from '../../domain/case-colour.js';
import { type CaseClock, clockColour, usedWorkingDays } from '../../domain/case-deadline.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/case-number.js';
import { allowedActions, CASE_STATUS_LABELS, type CaseStatus, RUNNING_STATUSES } from '../../domain/case-state.js';
import { countWorkingDays, type Pause } from '../../domain/deadline.js';
import type { CaseKind } from '../../domain/guide.js';
import { maskIdNumber, maskPhone } from '../../domain/mask.js';
import type { AuthUser } from '../auth/session.js';
import type { HallCalendar } from '../calendar/index.js';
import { loadColourThresholds } from './colour-thresholds.js';
import { asOfDay, clockOf, hallCalendarOf } from './deadline.js';
import {
  type CaseMaterialRow,
  type CaseRow,
  type CaseTaskRow,
  departmentNames,
  listDocuments,
  listEvents,
  listExtensions,
  listMaterials,
  listPauses,
  listTasks,
  userDisplayNames,
} from './repository.js';
import type { CaseView } from './schema.js';

export interface PresentOptions {
  /** the caller: decides the allowed actions */
  user: AuthUser;
  today: IsoDate;
  calendar?: HallCalendar;
  /** the hall's colour thresholds (loaded when not given) */
  thresholds?: ColourThresholds;
  /** children of the case the caller has as now stored, from the same transaction (not read again) */
  known?: KnownChildren;
}

export interface KnownChildren {
  materials?: CaseMaterialRow[];
  tasks?: CaseTaskRow[];
  pauses?: Awaited<ReturnType<typeof listPauses>>;
  /** the case's clock as of `asOf`, computed from the row and these pauses (its colour is redone with the hall's thresholds) */
  clock?: { asOf: IsoDate; clock: CaseClock };
}

const bool = (n: number | null) => (n === null ? null : n === 1);

function parseJson(s: string | null): Record<string, unknown> | null {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Colour of an active task: its own share of the limit, from its start to its due day. */
function taskColour(hc: HallCalendar, t: CaseTaskRow, pauses: Pause[], today: IsoDate, th: ColourThresholds) {
  if (t.status !== 'active' || !t.started_on || !t.due_on) return null;
  const used = usedWorkingDays(hc.calendar, t.started_on, today, pauses);
  const remaining = today > t.due_on ? -1 : countWorkingDays(hc.calendar, today, t.due_on);
  return caseColour({ totalDays: t.days, usedDays: used, remainingDays: remaining }, th);
}

/** A case row and its children → the API view (a whitelist; ID number and phone always masked). */
export async function presentCase(db: Db, c: CaseRow, o: PresentOptions): Promise<CaseView> {
  const k = o.known ?? {};
  const [hc, thresholds, materials, tasks, pauseRows, extensions, documents, events] = await Promise.all([
    o.calendar ?? hallCalendarOf(db, c.hall_id),
    o.thresholds ?? loadColourThresholds(db, c.hall_id),
    k.materials ?? listMaterials(db, c.id),
    k.tasks ?? listTasks(db, c.id),
    k.pauses ?? listPauses(db, c.id),
    listExtensions(db, c.id),
    listDocuments(db, c.id),
    listEvents(db, c.id),
  ]);
  const deptIds = [...new Set([c.department_id, ...tasks.map((t) => t.department_id)])];
  // the caller's own name is known (loaded with the session of this request)
  const userIds = [...new Set(events.map((e) => e.user_id).filter((id): id is string => !!id && id !== o.user.id))];
  const [depts, users] = await Promise.all([departmentNames(db, deptIds), userDisplayNames(db, userIds)]);
  const deptName = new Map(depts.map((d) => [d.id, d.name]));
  const userName = new Map(users.map((u) => [u.id, u.display_name]));
  userName.set(o.user.id, o.user.displayName);
  const pauses = pauseRows.map((p) => ({ from: p.started_on, to: p.ended_on }));
  const running = (RUNNING_STATUSES as readonly string[]).includes(c.status);
  const known = k.clock && c.accepted_on && k.clock.asOf === asOfDay(c, o.today) ? k.clock.clock : null;
  const colour = running
    ? known
      ? clockColour(known, thresholds)
      : (clockOf(hc, c, pauses, o.today, thresholds)?.colour ?? null)
    : null;
  const status = c.status as CaseStatus;
  return {
    id: c.id,
    number: c.number,
    hallId: c.hall_id,
    itemId: c.item_id,
    itemName: c.item_name,
    itemVersion: c.item_version,
    departmentId: c.department_id,
    departmentName: deptName.get(c.department_id) ?? '',
    kind: c.kind as CaseKind,
    status,
    statusLabel: CASE_STATUS_LABELS[status] ?? c.status,
    applicant: {
      type: c.applicant_type as 'person' | 'enterprise',
      name: c.applicant_name,
      idNumber: maskIdNumber(c.applicant_id_number),
      legalRepresentative: c.legal_representative,
      phone: maskPhone(c.contact_phone),
      unmasked: false,
    },
    agentName: c.agent_name,
    ticketId: c.ticket_id,
    windowId: c.window_id,
    channel: c.channel,
    receivedOn: c.received_on,
    receivedAt: c.received_at,
    completeOn: c.complete_on,
    acceptedOn: c.accepted_on,
    deemedAccepted: c.deemed_accepted === 1,
    promisedDays: c.promised_days,
    statutoryDays: c.statutory_days,
    extensionDays: c.extension_days,
    dueOn: c.due_on,
    statutoryDueOn: c.statutory_due_on,
    dueProvisional: c.due_provisional === 1,
    colour,
    decision: c.decision,
    decisionReason: c.decision_reason,
    decidedOn: c.decided_on,
    deliveryMethod: c.delivery_method,
    deliveryDetail: parseJson(c.delivery_detail),
    deliveredOn: c.delivered_on,
    closedOn: c.closed_on,
    onTime: bool(c.on_time),
    workingDaysUsed: c.working_days_used,
    notAcceptedReason: c.not_accepted_reason,
    redirectTo: c.redirect_to,
    parentCaseId: c.parent_case_id,
    forwardedToHallId: c.forwarded_to_hall_id,
    rowVersion: c.row_version,
    materials: materials.map((m) => ({
      position: m.position,
      name: m.name,
      required: m.required === 1,
      state: m.state as 'submitted' | 'missing' | 'defective',
      note: m.note,
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      kind: t.kind as 'step' | 'joint',
      position: t.position,
      name: t.name,
      role: t.role,
      departmentId: t.department_id,
      departmentName: deptName.get(t.department_id) ?? '',
      days: t.days,
      status: t.status,
      startedOn: t.started_on,
      dueOn: t.due_on,
      finishedOn: t.finished_on,
      opinion: t.opinion,
      outcome: t.outcome,
      colour: running ? taskColour(hc, t, pauses, o.today, thresholds) : null,
    })),
    pauses: pauseRows.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      reason: p.reason,
      noticeNo: p.notice_no,
      startedOn: p.started_on,
      endedOn: p.ended_on,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      days: e.days,
      reason: e.reason,
      status: e.status,
      requestedOn: e.requested_on,
      approverName: e.approver_name,
      decidedOn: e.decided_on,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: DOCUMENT_KINDS[d.kind as DocumentKind]?.title ?? d.kind,
      createdAt: d.created_at,
    })),
    events: events.map((e) => ({
      at: e.at,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      userName: e.user_id ? (userName.get(e.user_id) ?? null) : null,
    })),
    allowedActions: allowedActions(c.status, c.kind, o.user.permissions).filter((a) => a !== 'settle'),
  };
}
