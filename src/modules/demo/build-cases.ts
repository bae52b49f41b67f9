import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { CasePausesTable, CaseTasksTable } from '../../db/types.js';
import { type Calendar, isWorkingDay, makeCalendar } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import { formatCaseNumber } from '../../domain/case-number.js';
import { decisionNotice, extensionNotice, pauseNotice, resumeNotice } from '../../domain/case-review-notices.js';
import { extensionRule } from '../../domain/case-review-procedures.js';
import type { Pause } from '../../domain/deadline.js';
import { maskIdNumber } from '../../domain/mask.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import { acceptanceNotice } from '../cases/accept-case.js';
import { REMEDY_NOTICE } from '../cases/documents.js';
import { reviewTasksOf } from '../cases/start-review.js';
import { applicantFactory } from './case-applicants.js';
import { type CaseDemo, caseRecorder, type DemoCase, emptyCaseDemo, instant } from './case-recorder.js';
import { workdayIndex } from './case-workdays.js';
import { type SeedContext, shiftMonths } from './context.js';
import type { DemoPlan } from './plan.js';

export type { CaseDemo } from './case-recorder.js';

/**
 * Case demo data 办件演示数据 for 东岭县 (hall code DL): a few hundred applications received on the
 * working days of the last four months, each played through the rules of the API — receipt,
 * one-time notice and supplements, refusal, acceptance (some deemed, art. 32), review steps and
 * joint sub-tasks, special procedures that stop the clock, extensions, escalation of reported-up
 * cases to the city hall, decisions, pickup or mail delivery, archiving, withdrawal — with the
 * documents, pauses and timeline each would have. Some recent ones are still running (a few of
 * them overdue or paused) so the inbox, supervision and ledger views have something to show.
 * Built in memory (deterministic), written in one batch.
 */

type TaskRow = Insertable<CaseTasksTable> & { id: string };

interface DemoItem {
  id: string;
  version: number;
  guide: PublishedGuide;
  weight: number;
}

const ENTERPRISE_EVENTS = new Set([
  'business_start',
  'business_change',
  'business_close',
  'construction',
  'food_business',
  'tax',
  'hiring',
  'environment',
  'transport',
]);
const REJECT_REASONS: [string, string][] = [
  ['申请事项依法不属于本机关职权范围', '东岭县自然资源局'],
  ['申请事项依法不需要取得行政许可', ''],
  ['申请人不具备申请主体资格', ''],
  ['该事项已下放至乡镇便民服务中心办理', '东岭县石桥镇便民服务中心'],
];
const DENY_REASONS = [
  '经现场核查，经营场所与申报内容不符，不符合法定条件',
  '申请人不符合申请条件中关于从业经历的要求',
  '经审查，申报的设施设备不符合相关技术规范',
];
const DEFECTS = ['复印件不清晰，请提供清晰复印件', '缺少签字盖章', '证明已过有效期', '所填信息与身份证件不一致'];
const SPECIAL = ['现场踏勘', '检验检测', '专家评审'];
const APPROVE_REASON = '申请材料齐全，符合法定条件、标准';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Build the case rows of 东岭县 from the already built plan (its halls, items, windows, accounts). */
export function buildCaseDemo(plan: DemoPlan, ctx: SeedContext): CaseDemo {
  const hall = plan.halls.find((h) => h.code === 'DL');
  const city = plan.halls.find((h) => h.id === hall?.parent_id);
  if (!hall || !city) throw new Error('demo plan has no hall DL under a city');
  const today = ctx.today;
  const first = shiftMonths(today, 4);
  const cal: Calendar = makeCalendar([], builtInYear);
  const days = workdayIndex(cal, addDays(first, -7), addDays(today, 500));
  const random = mulberry32(20261128);
  const chance = (p: number) => random() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const people = applicantFactory(random, hall.division_code.slice(0, 6));
  const out = emptyCaseDemo();
  const deptName = new Map(plan.departments.map((d) => [d.id, d.name]));
  const rec = caseRecorder(out, new Map([hall, city].map((h) => [h.id, h])), deptName);
  const { event, move, issue } = rec;

  const user = (name: string) => plan.users.find((u) => u.username === name);
  const staff = user('county.staff')?.id ?? null;
  const approver = user('county.approver');
  const chief = user('county.chief')?.id ?? null;
  const reviewDept = approver?.department_id ?? null;
  /** who worked a task: the demo accounts for 市场监督管理局, nobody named elsewhere */
  const reviewer = (deptId: string, deciding: boolean) =>
    deptId === reviewDept ? (deciding ? chief : (approver?.id ?? null)) : null;
  const cityDepts = plan.departments.filter((d) => d.hall_id === city.id);
  const windows = plan.windows.filter((w) => w.hall_id === hall.id && w.status === 'open');
  const staffWindow = windows.find((w) => w.number === '2') ?? windows[0];
  const windowOf = new Map<string, string | undefined>();
  const windowFor = (deptId: string) => {
    if (!windowOf.has(deptId))
      windowOf.set(
        deptId,
        (windows.find((w) => (JSON.parse(w.department_ids) as string[]).includes(deptId)) ?? staffWindow)?.id,
      );
    return windowOf.get(deptId) ?? null;
  };

  const items: DemoItem[] = plan.itemVersions
    .filter((v) => v.hall_id === hall.id && v.is_current === 1)
    .map((v) => {
      const guide = JSON.parse(v.guide) as PublishedGuide;
      const byKind = { immediate: 0.8, promised: 1.2, joint: 2, reported: 3 }[guide.kind];
      // items that charge fees come up more often, so the fee window has cases to work on
      const weight = (guide.departmentId === reviewDept ? 5 : 1) * byKind * (guide.feeFree === false ? 4 : 1);
      return { id: v.item_id, version: v.version, guide, weight };
    });
  const totalWeight = items.reduce((s, i) => s + i.weight, 0);
  const pickItem = () => {
    let r = random() * totalWeight;
    for (const i of items) {
      r -= i.weight;
      if (r < 0) return i;
    }
    return items[items.length - 1] as DemoItem;
  };
  const seqs = new Map<string, number>();
  const nextNumber = (hallId: string, code: string, day: IsoDate) => {
    const key = `${hallId}|${day}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    return formatCaseNumber(code, day, seq);
  };
  /** The due dates the API would store (src/domain/case-deadline.ts), from the index. */
  const clockOf = (
    acceptedOn: IsoDate,
    promised: number,
    statutory: number | null,
    extension: number,
    pauses: Pause[],
    asOf: IsoDate,
  ) => {
    const dueOn = days.due(acceptedOn, promised + extension, pauses, asOf);
    const statutoryDueOn = statutory === null ? null : days.due(acceptedOn, statutory + extension, pauses, asOf);
    const provisional = [dueOn, statutoryDueOn].some(
      (d) => d && cal.year(Number(d.slice(0, 4))).status === 'provisional',
    );
    return { dueOn, statutoryDueOn, provisional };
  };
  /** when each case's review started: later events that day keep their order but come after it */
  const reviewStart = new Map<string, { day: IsoDate; minute: number }>();
  const later = (c: DemoCase, day: IsoDate, fixed: number) => {
    const s = reviewStart.get(c.id);
    return s && s.day === day && s.minute >= 600 ? s.minute + (fixed - 590) / 40 : fixed;
  };
  const someMinute = () => (chance(0.6) ? 510 + random() * 200 : 870 + random() * 170);

  for (let day = first; day <= today; day = addDays(day, 1)) {
    if (!isWorkingDay(cal, day)) continue;
    const count = day === today ? 2 : 3 + Math.floor(random() * 4);
    const minutes = Array.from({ length: count }, someMinute).sort((a, b) => a - b);
    for (const minute of minutes) playCase(day, minute);
  }
  // both halls' sequences → counters, so live receipts continue after the demo's numbers
  for (const [key, last] of seqs) {
    const [hallId, d] = key.split('|') as [string, IsoDate];
    out.counters.push({ hall_id: hallId, day: d, last_seq: last });
  }
  return out;

  function newCase(item: DemoItem, recv: IsoDate, minute: number): DemoCase {
    const g = item.guide;
    const enterprise = g.events.some((e) => ENTERPRISE_EVENTS.has(e)) && !g.name.includes('个体工商户设立');
    const a = enterprise ? people.enterprise() : people.person();
    const receivedAt = instant(recv, minute);
    return {
      id: newId(),
      hall_id: hall!.id,
      number: nextNumber(hall!.id, hall!.code, recv),
      item_id: item.id,
      item_version: item.version,
      item_name: g.name,
      department_id: g.departmentId,
      kind: g.kind,
      applicant_type: a.type,
      applicant_name: a.name,
      applicant_id_number: a.idNumber,
      legal_representative: a.legalRepresentative,
      contact_phone: a.phone,
      agent_name: chance(0.1) ? people.personName() : null,
      ticket_id: null,
      window_id: windowFor(g.departmentId),
      received_by: staff,
      received_on: recv,
      received_at: receivedAt,
      channel: 'window',
      status: 'received',
      complete_on: null,
      accepted_on: null,
      deemed_accepted: 0,
      promised_days: g.promisedDays,
      statutory_days: g.statutoryDays,
      extension_days: 0,
      due_on: null,
      statutory_due_on: null,
      due_provisional: 0,
      decision: null,
      decision_reason: null,
      decided_on: null,
      decided_by: null,
      delivery_method: null,
      delivery_detail: null,
      delivered_on: null,
      closed_on: null,
      on_time: null,
      working_days_used: null,
      parent_case_id: null,
      forwarded_to_hall_id: null,
      not_accepted_reason: null,
      redirect_to: null,
      row_version: 1,
      created_at: receivedAt,
      updated_at: receivedAt,
    };
  }

  function playCase(recv: IsoDate, minute: number) {
    const item = pickItem();
    const g = item.guide;
    const c = newCase(item, recv, minute);
    out.cases.push(c);
    const materials = g.materials.map((m, i) => ({
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      position: i + 1,
      name: m.name,
      required: m.required ? 1 : 0,
      state: m.required || chance(0.5) ? 'submitted' : 'missing',
      note: '',
    }));
    out.materials.push(...materials);
    event(c, recv, minute, 'receive', null, 'received', staff, { number: c.number, itemId: c.item_id });
    const age = days.count(recv, today);
    const t = minute + 8;

    if (age <= 4 && chance(0.3)) return; // just received, still being examined
    const r = random();
    if (r < 0.04) {
      const [reason, redirect] = pick(REJECT_REASONS);
      Object.assign(c, { not_accepted_reason: reason, redirect_to: redirect || null });
      move(c, recv, t, 'reject', 'rejected', staff, { reason, redirectTo: redirect });
      const text = `经审查，您的申请不予受理。理由：${reason}${redirect ? `。请向${redirect}申请办理` : ''}。`;
      issue(c, 'not_accepted', recv, t, { reason, redirectTo: redirect, text, remedy: REMEDY_NOTICE }, staff);
      return;
    }
    if (r < 0.07 && age > 6) {
      // nobody decided within five working days: accepted as of receipt by the system (art. 32)
      const on = addDays(days.add(recv, 5), 1);
      accept(c, recv, on, 60, null, true);
      return review(c, g, recv, on, 61);
    }
    if (r < 0.21 && g.materials.some((m) => m.required)) {
      const back = supplements(c, materials, recv, t, age);
      if (!back) return;
      accept(c, back, back, 605, staff, false);
      if (g.kind === 'immediate') return settle(c, back, 606);
      return review(c, g, back, back, 606);
    }
    accept(c, recv, recv, t, staff, false);
    if (g.kind === 'immediate') return settle(c, recv, t + 2);
    return review(c, g, recv, recv, t + 1);
  }

  /** One-time notice 一次性告知; returns the day complete supplements arrived, or null (still waiting, withdrawn). */
  function supplements(c: DemoCase, materials: typeof out.materials, recv: IsoDate, t: number, age: number) {
    const required = materials.filter((m) => m.required === 1);
    const flagged = required.slice(0, 1 + Math.floor(random() * Math.min(2, required.length)));
    for (const m of flagged) {
      m.state = chance(0.5) ? 'missing' : 'defective';
      m.note = m.state === 'defective' ? pick(DEFECTS) : '';
    }
    move(c, recv, t, 'request_supplements', 'correction_requested', staff, {
      materials: flagged.map((m) => ({ position: m.position, state: m.state })),
    });
    const listed = materials.filter((m) => m.state !== 'submitted');
    const notice = issue(
      c,
      'one_time',
      recv,
      t,
      {
        materials: listed.map((m) => ({
          position: m.position,
          name: m.name,
          required: m.required === 1,
          state: m.state,
          note: m.note,
        })),
        text: '您提交的申请材料不齐全或者不符合法定形式，现一次性告知需要补正的全部内容如下。请补正后再次提交，补正材料齐全之日起计算办理时限。',
      },
      staff,
    );
    const pause: Insertable<CasePausesTable> = {
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      kind: 'supplement',
      name: '补正材料',
      reason: listed.map((m) => m.name).join('、'),
      notice_no: notice,
      started_on: recv,
      ended_on: null,
      started_by: staff,
      ended_by: null,
    };
    out.pauses.push(pause);
    const back = chance(0.15) ? null : days.add(recv, 1 + Math.floor(random() * 6));
    if (back === null || back > today) {
      if (age > 25) {
        const on = days.add(recv, 20);
        Object.assign(pause, { ended_on: on, ended_by: staff });
        const reason = '申请人逾期未补正，主动撤回申请';
        move(c, on, someMinute(), 'withdraw', 'withdrawn', staff, { reason });
        issue(c, 'withdrawal', on, 1000, { reason, withdrawnOn: on }, staff);
      }
      return null;
    }
    for (const m of materials) if (m.required === 1) Object.assign(m, { state: 'submitted', note: '' });
    Object.assign(pause, { ended_on: back, ended_by: staff });
    c.complete_on = back;
    move(c, back, 600, 'receive_supplements', 'received', staff, { complete: true });
    return back;
  }

  function accept(c: DemoCase, acceptedOn: IsoDate, on: IsoDate, minute: number, uid: string | null, deemed: boolean) {
    const clock = clockOf(acceptedOn, c.promised_days, c.statutory_days ?? null, 0, [], acceptedOn);
    Object.assign(c, {
      accepted_on: acceptedOn,
      deemed_accepted: deemed ? 1 : 0,
      due_on: clock.dueOn,
      statutory_due_on: clock.statutoryDueOn,
      due_provisional: clock.provisional ? 1 : 0,
    });
    move(c, on, minute, deemed ? 'deem_accept' : 'accept', 'accepted', uid, { acceptedOn, dueOn: clock.dueOn });
    issue(c, 'acceptance', on, minute, acceptanceNotice(c as never, acceptedOn, clock, deemed), uid);
  }

  /** 即办件: decided and handed over in the same visit, archived later. */
  function settle(c: DemoCase, day: IsoDate, minute: number) {
    const reason = '申请材料齐全、符合法定形式，当场办结';
    Object.assign(c, {
      decision: 'approve',
      decision_reason: reason,
      decided_on: day,
      decided_by: staff,
      on_time: 1,
      working_days_used: 0,
    });
    move(c, day, minute, 'settle', 'decided', staff, { decision: 'approve' });
    issue(c, 'decision', day, minute, { decision: 'approve', decisionLabel: '准予', reason, decidedOn: day }, staff);
    const collector = c.agent_name ?? c.applicant_name;
    Object.assign(c, {
      delivery_method: 'pickup',
      delivery_detail: JSON.stringify({ collectorName: collector, onSite: true }),
      delivered_on: day,
    });
    move(c, day, minute + 1, 'deliver', 'delivered', staff, { method: 'pickup', onSite: true });
    issue(c, 'delivery', day, minute + 1, { method: 'pickup', collectorName: collector, deliveredOn: day }, staff);
    close(c, days.add(day, 5 + Math.floor(random() * 10)));
  }

  function close(c: DemoCase, day: IsoDate) {
    if (day > today) return;
    c.closed_on = day;
    move(c, day, 1000, 'close', 'closed', staff);
  }

  /** Review after acceptance: steps (and joint tasks), maybe a special procedure or an extension, the decision. */
  function review(c: DemoCase, g: PublishedGuide, acceptedOn: IsoDate, startedOn: IsoDate, minute: number) {
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
    const clock = clockOf(
      acceptedOn,
      promised,
      c.statutory_days ?? null,
      extension,
      pauses,
      running ? today : decidedOn,
    );
    Object.assign(c, {
      extension_days: extension,
      due_on: clock.dueOn,
      statutory_due_on: clock.statutoryDueOn,
      due_provisional: clock.provisional ? 1 : 0,
    });
    recordPauses(c, g, pauses, acceptedOn);
    if (extRequested) recordExtension(c, extRequested, extension, pauses);

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
    const decision = chance(0.06) ? 'deny' : 'approve';
    const reason = decision === 'deny' ? pick(DENY_REASONS) : APPROVE_REASON;
    let start = acceptedOn;
    for (const [i, s] of steps.entries()) {
      const finish = finishOf[i] as IsoDate;
      if (escalating && i >= escalateAt) {
        Object.assign(s, { status: 'skipped', due_on: null });
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
      if (!escalating) return; // first review 初审 still running
      return escalate(c, steps.slice(escalateAt), escalatedOn, running ? null : decidedOn, decision, reason);
    }
    if (!running) decide(c, decidedOn, decision, reason, closed);
  }

  function recordPauses(c: DemoCase, g: PublishedGuide, pauses: Pause[], acceptedOn: IsoDate) {
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

  function recordExtension(c: DemoCase, requestedOn: IsoDate, extDays: number, pauses: Pause[]) {
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

  function decide(c: DemoCase, on: IsoDate, decision: string, reason: string, pauses: Pause[], detail = {}) {
    const by = reviewer(c.department_id, true);
    Object.assign(c, {
      decision,
      decision_reason: reason,
      decided_on: on,
      decided_by: by,
      on_time: on <= (c.due_on as string) ? 1 : 0,
      working_days_used: days.used(c.accepted_on as string, on, pauses),
    });
    move(c, on, later(c, on, 680), 'decide', 'decided', by, { decision, onTime: c.on_time === 1, ...detail });
    const notice = decisionNotice(
      { caseNumber: c.number, itemName: c.item_name },
      { decision: decision as 'approve' | 'deny', reason, decidedOn: on },
    );
    issue(c, 'decision', on, later(c, on, 680), notice, by);
    if (c.hall_id !== hall!.id) return; // the accepting window hands over, not the city
    const handOver = days.add(on, Math.floor(random() * 3));
    if (handOver > today || chance(0.08)) return; // waiting at the pickup window
    const mail = chance(0.3);
    const collector = c.agent_name ?? (c.applicant_type === 'person' ? c.applicant_name : c.legal_representative);
    const d = mail
      ? { trackingNumber: `${chance(0.5) ? 'SF' : 'EMS'}${String(Math.floor(random() * 1e12)).padStart(12, '0')}` }
      : {
          collectorName: collector,
          collectorIdNumber: maskIdNumber(c.agent_name ? people.person().idNumber : c.applicant_id_number),
          idChecked: true,
        };
    Object.assign(c, {
      delivery_method: mail ? 'mail' : 'pickup',
      delivery_detail: JSON.stringify(d),
      delivered_on: handOver,
    });
    move(c, handOver, later(c, handOver, 980), 'deliver', 'delivered', staff, { method: c.delivery_method, ...d });
    issue(
      c,
      'delivery',
      handOver,
      later(c, handOver, 980),
      { method: c.delivery_method, deliveredOn: handOver, ...d },
      staff,
    );
    if (days.count(handOver, today) >= 10) close(c, days.add(handOver, 5 + Math.floor(random() * 5)));
  }

  /** 上报件 after the first review: a child case at the city hall decides; the decision flows back. */
  function escalate(
    c: DemoCase,
    rest: TaskRow[],
    on: IsoDate,
    decidedOn: IsoDate | null,
    decision: string,
    reason: string,
  ) {
    const short = (deptName.get(c.department_id) ?? '').replace(/^东岭县/, '');
    const dept = cityDepts.find((d) => d.name.endsWith(short)) ?? cityDepts[0];
    if (!dept) return;
    const promised = Math.max(1, days.count(on, c.due_on as string));
    const clock = clockOf(on, promised, c.statutory_days ?? null, 0, [], on);
    const child: DemoCase = {
      ...c,
      id: newId(),
      hall_id: city!.id,
      number: nextNumber(city!.id, city!.code, on),
      department_id: dept.id,
      window_id: null,
      received_on: on,
      received_at: instant(on, 620),
      channel: 'escalated',
      status: 'in_review',
      complete_on: null,
      accepted_on: on,
      deemed_accepted: 0,
      promised_days: promised,
      due_on: clock.dueOn,
      statutory_due_on: clock.statutoryDueOn,
      parent_case_id: c.id,
      row_version: 1,
      created_at: instant(on, 620),
      updated_at: instant(on, 620),
    };
    out.cases.push(child);
    const own = out.materials.filter((m) => m.case_id === c.id);
    out.materials.push(...own.map((m) => ({ ...m, id: newId(), hall_id: city!.id, case_id: child.id })));
    c.forwarded_to_hall_id = city!.id;
    move(c, on, later(c, on, 690), 'escalate', 'escalated', reviewer(c.department_id, true), {
      toHallId: city!.id,
      departmentId: dept.id,
      childCaseId: child.id,
      childNumber: child.number,
    });
    event(child, on, later(c, on, 691), 'escalated_in', null, 'in_review', null, {
      fromCaseId: c.id,
      fromCaseNumber: c.number,
    });
    const steps = rest.map((s) => ({ name: s.name, role: s.role ?? '', days: s.days, description: '' }));
    const childTasks = reviewTasksOf(child as never, { steps, jointDepartmentIds: [] }, on, cal);
    out.tasks.push(...childTasks);
    if (!decidedOn || decidedOn <= on) return;
    const lastAt = childTasks.length - 1;
    for (const [i, s] of childTasks.entries())
      Object.assign(s, {
        status: 'done',
        started_on: i === 0 ? on : decidedOn,
        due_on: days.add(on, s.days),
        finished_on: decidedOn,
        opinion: i === lastAt ? reason : '经审查，同意',
        outcome: i === lastAt ? decision : 'pass',
      });
    decide(child, decidedOn, decision, reason, []);
    // the decision flows back to the accepting hall, whose window hands it over (in `decide`)
    decide(c, decidedOn, decision, reason, [], { decidedByHallId: city!.id, decidedCaseNumber: child.number });
  }
}

const CHUNK = 100;

/** Insert the case demo rows (inside the demo seed's transaction), parents first. */
export async function writeCaseDemo(trx: Db, d: CaseDemo): Promise<void> {
  const chunks = async <R>(rows: R[], insert: (c: R[]) => Promise<unknown>, size = CHUNK) => {
    for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
  };
  await chunks(d.counters, (c) => trx.insertInto('case_counters').values(c).execute());
  // a case row has 47 columns: 50 rows stay well under SQLite's bound-parameter limit
  await chunks(d.cases, (c) => trx.insertInto('cases').values(c).execute(), 50);
  await chunks(d.materials, (c) => trx.insertInto('case_materials').values(c).execute());
  await chunks(d.tasks, (c) => trx.insertInto('case_tasks').values(c).execute());
  await chunks(d.pauses, (c) => trx.insertInto('case_pauses').values(c).execute());
  await chunks(d.extensions, (c) => trx.insertInto('case_extensions').values(c).execute());
  await chunks(d.documents, (c) => trx.insertInto('case_documents').values(c).execute());
  await chunks(d.events, (c) => trx.insertInto('case_events').values(c).execute());
}

/** Row counts and cases per status, for the seed's audit record. */
export function caseDemoCounts(d: CaseDemo): Record<Exclude<keyof CaseDemo, 'counters'>, number> & {
  byStatus: Record<string, number>;
} {
  const byStatus: Record<string, number> = {};
  for (const c of d.cases) byStatus[c.status as string] = (byStatus[c.status as string] ?? 0) + 1;
  return {
    cases: d.cases.length,
    materials: d.materials.length,
    tasks: d.tasks.length,
    pauses: d.pauses.length,
    extensions: d.extensions.length,
    documents: d.documents.length,
    events: d.events.length,
    byStatus,
  };
}
