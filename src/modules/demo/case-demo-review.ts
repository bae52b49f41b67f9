import { newId } from '../../db/ids.js';
import { isWorkingDay } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { extensionNotice, pauseNotice, resumeNotice } from '../../domain/case-review-notices.js';
import { extensionRule } from '../../domain/case-review-procedures.js';
import type { Pause } from '../../domain/deadline.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import { reviewTasksOf } from '../cases/start-review.js';
import { escalate } from './case-demo-escalate.js';
import { decide } from './case-demo-outcome.js';
import type { CaseScope, TaskRow } from './case-demo-scope.js';
import { APPROVE_REASON, DENY_REASONS, SPECIAL } from './case-demo-texts.js';
import type { DemoCase } from './case-recorder.js';

/**
 * Review 审查 of an accepted demo case: its steps and joint sub-tasks, special procedures that stop the
 * clock, an approved extension, then the decision — or, for 上报件, the escalation after 初审.
 */

/** Review after acceptance: steps (and joint tasks), maybe a special procedure or an extension, the decision. */
export function review(
  s: CaseScope,
  c: DemoCase,
  g: PublishedGuide,
  acceptedOn: IsoDate,
  startedOn: IsoDate,
  minute: number,
) {
  const {
    today,
    cal,
    days,
    random,
    chance,
    pick,
    out,
    event,
    move,
    issue,
    staff,
    reviewDept,
    reviewer,
    clockOf,
    reviewStart,
    later,
    someMinute,
  } = s;
  move(c, startedOn, minute, 'start_review', 'in_review', c.deemed_accepted ? null : staff, {
    steps: g.steps.length,
  });
  reviewStart.set(c.id, { day: startedOn, minute });
  /** people act from the first working day of the review (a deemed acceptance starts it days after receipt) */
  const firstWorkday = isWorkingDay(cal, startedOn) ? startedOn : days.add(startedOn, 1);
  const notBefore = (d: IsoDate) => (d < firstWorkday ? firstWorkday : d);
  const tasks = reviewTasksOf(c as never, g, acceptedOn, cal) as TaskRow[];
  out.tasks.push(...tasks);
  const promised = c.promised_days;
  const ours = c.department_id === reviewDept;
  const elapsed = days.count(acceptedOn, today);
  let used = promised <= 0 ? 0 : Math.max(1, Math.round(promised * (0.35 + random() * 0.6)));
  if (chance(ours ? 0.1 : 0.05)) used = promised + 1 + Math.floor(random() * 5); // finished late
  const stuck = elapsed >= 1 && elapsed <= 40 && chance(ours || c.kind === 'reported' ? 0.35 : 0.12);
  if (stuck) used = elapsed + 1 + Math.floor(random() * 8); // still open today, some of them overdue
  if (used >= 2 && chance(0.03) && notBefore(days.add(acceptedOn, 1)) <= today) {
    const on = notBefore(days.add(acceptedOn, 1));
    const reason = '申请人主动撤回申请';
    move(c, on, someMinute(), 'withdraw', 'withdrawn', staff, { reason });
    for (const task of tasks) Object.assign(task, { status: 'skipped', finished_on: on, finished_by: staff });
    issue(c, 'withdrawal', on, 1000, { reason, withdrawnOn: on }, staff);
    return;
  }
  const pauses: Pause[] = [];
  const special = g.specialProcedures.find((p) => !p.countedInLimit)?.name;
  if (c.kind !== 'reported' && promised >= 3 && stuck && chance(0.3)) {
    // a special procedure under way today
    pauses.push({
      from: notBefore(days.add(acceptedOn, Math.max(0, elapsed - 1 - Math.floor(random() * 4)))),
      to: null,
    });
  } else if (c.kind !== 'reported' && used >= 3 && chance(special ? 0.45 : 0.08)) {
    const from = notBefore(days.add(acceptedOn, Math.max(1, Math.floor(used / 3))));
    const to = days.add(from, 2 + Math.floor(random() * 10));
    if (from <= today) pauses.push({ from, to: to <= today ? to : null });
  }
  let extension = 0;
  let extRequested: IsoDate | null = null;
  if (ours && c.kind !== 'reported' && promised >= 5 && chance(0.2)) {
    extRequested = notBefore(days.add(acceptedOn, Math.floor(promised * 0.7)));
    if (days.add(extRequested, 1) <= today) {
      extension = extensionRule(c.kind as 'promised').days;
      used = Math.max(used, promised + 1 + Math.floor(random() * extension * 0.6));
    } else extRequested = null;
  }
  const closed = pauses.map((p) => ({ from: p.from, to: p.to ?? today }));
  const open = pauses.some((p) => p.to === null);
  const decidedOn = notBefore(days.due(acceptedOn, used, closed));
  const running = open || decidedOn > today;
  const clock = clockOf(acceptedOn, promised, c.statutory_days ?? null, extension, pauses, running ? today : decidedOn);
  Object.assign(c, {
    extension_days: extension,
    due_on: clock.dueOn,
    statutory_due_on: clock.statutoryDueOn,
    due_provisional: clock.provisional ? 1 : 0,
  });
  recordPauses(s, c, g, pauses, acceptedOn);
  if (extRequested) recordExtension(s, c, extRequested, extension, pauses);

  const steps = tasks.filter((x) => x.kind === 'step');
  const escalateAt = c.kind === 'reported' ? steps.findIndex((s) => s.name.includes('上报')) : -1;
  const totalDays = steps.reduce((s, x) => s + x.days, 0);
  let cum = 0;
  const finishOf = steps.map((s, i) => {
    cum += s.days;
    const share = totalDays > 0 ? cum / totalDays : (i + 1) / steps.length;
    return notBefore(days.due(acceptedOn, Math.round(share * used), closed));
  });
  const escalatedOn = escalateAt < 0 ? null : escalateAt > 0 ? (finishOf[escalateAt - 1] as IsoDate) : firstWorkday;
  const escalating = escalatedOn !== null && escalatedOn <= today;
  /**
   * 待转报: a running case whose first review 初审 finished in the last two working days has not been
   * forwarded yet — its later steps wait (pending) as after the API's first review. Draws nothing from
   * the random stream, so every other case stays as it was.
   */
  const held = escalating && running && escalateAt >= 1 && days.count(escalatedOn, today) <= 2;
  const decision = chance(0.06) ? 'deny' : 'approve';
  const reason = decision === 'deny' ? pick(DENY_REASONS) : APPROVE_REASON;
  let start = acceptedOn;
  for (const [i, s] of steps.entries()) {
    const finish = finishOf[i] as IsoDate;
    if (escalating && i >= escalateAt) {
      Object.assign(
        s,
        held ? { status: 'pending', started_on: null, due_on: null } : { status: 'skipped', due_on: null },
      );
      continue;
    }
    const last = i === steps.length - 1;
    if (finish <= today && !(last && running) && !(open && finish > (pauses[0]?.from as IsoDate))) {
      Object.assign(s, {
        status: 'done',
        started_on: start,
        due_on: days.add(start, s.days),
        finished_on: finish,
        finished_by: reviewer(s.department_id, last),
        opinion: last ? reason : '经审查，符合要求，同意',
        outcome: last ? decision : 'pass',
      });
      event(c, finish, later(c, finish, 640 + i), 'complete_task', 'in_review', 'in_review', s.finished_by ?? null, {
        taskId: s.id,
        taskName: s.name,
        outcome: s.outcome,
      });
      start = finish;
      continue;
    }
    Object.assign(s, { status: 'active', started_on: start, due_on: days.add(start, s.days) });
    for (const rest of steps.slice(i + 1)) Object.assign(rest, { status: 'pending', started_on: null, due_on: null });
    break;
  }
  for (const j of tasks.filter((x) => x.kind === 'joint')) {
    const finish = notBefore(days.due(acceptedOn, Math.round(used * 0.7), closed));
    if (finish < today || (!running && finish <= today))
      Object.assign(j, { status: 'done', finished_on: finish, opinion: '会签同意', outcome: 'pass' });
  }
  if (escalatedOn !== null) {
    if (!escalating || held) return; // first review 初审 still running, or done and not yet forwarded
    return escalate(s, c, steps.slice(escalateAt), escalatedOn, running ? null : decidedOn, decision, reason);
  }
  if (!running) decide(s, c, decidedOn, decision, reason, closed);
}

export function recordPauses(s: CaseScope, c: DemoCase, g: PublishedGuide, pauses: Pause[], acceptedOn: IsoDate) {
  const { days, pick, out, move, issue, reviewer, later } = s;
  const h = { caseNumber: c.number, itemName: c.item_name };
  for (const p of pauses) {
    const name = g.specialProcedures.find((s) => !s.countedInLimit)?.name ?? pick(SPECIAL);
    const by = reviewer(c.department_id, false);
    const reason = `依法需要${name}，所需时间不计入办理时限`;
    move(c, p.from, later(c, p.from, 670), 'pause', 'suspended', by, { name, reason, from: p.from });
    const notice = issue(
      c,
      'pause',
      p.from,
      later(c, p.from, 670),
      pauseNotice(h, { name, reason, startedOn: p.from }),
      by,
    );
    out.pauses.push({
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      kind: 'special',
      name,
      reason,
      notice_no: notice,
      started_on: p.from,
      ended_on: p.to,
      started_by: by,
      ended_by: p.to ? by : null,
    });
    if (!p.to) continue;
    const dueOn = days.due(acceptedOn, c.promised_days, [p]);
    const pausedDays = days.count(p.from, p.to);
    move(c, p.to, 900, 'resume', 'in_review', by, {
      name,
      from: p.from,
      to: p.to,
      pausedWorkingDays: pausedDays,
      dueOn,
    });
    issue(c, 'resume', p.to, 900, resumeNotice(h, { name, startedOn: p.from, endedOn: p.to, pausedDays, dueOn }), by);
  }
}

export function recordExtension(s: CaseScope, c: DemoCase, requestedOn: IsoDate, extDays: number, pauses: Pause[]) {
  const { days, out, event, issue, approver, chief, later } = s;
  const rule = extensionRule(c.kind as 'promised');
  const approvedOn = days.add(requestedOn, 1);
  const reason = '案情复杂，需进一步核实申请材料的真实性';
  out.extensions.push({
    id: newId(),
    hall_id: c.hall_id,
    case_id: c.id,
    days: extDays,
    reason,
    status: 'approved',
    requested_by: approver?.id ?? '',
    requested_on: requestedOn,
    approver_name: '陈国华',
    approved_by: chief,
    decided_on: approvedOn,
  });
  // requests at 11:40/12:00 fall between a pause's start (11:10) and its end (15:00)
  const at = (d: IsoDate) =>
    pauses.some((p) => d >= p.from && (p.to === null || d <= p.to)) ? 'suspended' : 'in_review';
  event(
    c,
    requestedOn,
    later(c, requestedOn, 700),
    'request_extension',
    at(requestedOn),
    at(requestedOn),
    approver?.id ?? null,
    {
      days: extDays,
      reason,
    },
  );
  event(c, approvedOn, later(c, approvedOn, 720), 'decide_extension', at(approvedOn), at(approvedOn), chief, {
    approve: true,
    days: extDays,
  });
  const notice = extensionNotice(
    { caseNumber: c.number, itemName: c.item_name },
    {
      days: extDays,
      reason,
      approverName: '陈国华',
      approverTitle: rule.approverTitle,
      basis: rule.basis,
      dueOn: c.due_on as IsoDate,
    },
  );
  issue(c, 'extension', approvedOn, later(c, approvedOn, 720), notice, chief);
}
