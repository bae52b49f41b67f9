import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { CasePausesTable } from '../../db/types.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import { acceptanceNotice } from '../cases/accept-case.js';
import { REMEDY_NOTICE } from '../cases/documents.js';
import { receivedCaseRow } from '../cases/repository.js';
import { settle } from './case-demo-outcome.js';
import { review } from './case-demo-review.js';
import type { CaseScope, DemoItem } from './case-demo-scope.js';
import { DEFECTS, ENTERPRISE_EVENTS, REJECT_REASONS } from './case-demo-texts.js';
import { type CaseDemo, type DemoCase, instant } from './case-recorder.js';

/**
 * The window side of one demo case: receipt 收件 with its checklist, refusal 不予受理, the one-time
 * notice 一次性告知 and supplements (or a withdrawal), acceptance 受理 (some deemed, art. 32); then the
 * review, or for 即办件 the same-visit settlement.
 */

export function newCase(s: CaseScope, item: DemoItem, recv: IsoDate, minute: number): DemoCase {
  const { hall, chance, people, staff, windowFor, nextNumber } = s;
  const g = item.guide;
  const enterprise = g.events.some((e) => ENTERPRISE_EVENTS.has(e)) && !g.name.includes('个体工商户设立');
  const a = enterprise ? people.enterprise() : people.person();
  const receivedAt = instant(recv, minute);
  return receivedCaseRow(
    {
      id: newId(),
      hall_id: hall.id,
      number: nextNumber(hall.id, hall.code, recv),
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
      promised_days: g.promisedDays,
      statutory_days: g.statutoryDays,
    },
    receivedAt,
  );
}

export function playCase(s: CaseScope, recv: IsoDate, minute: number) {
  const { today, days, random, chance, pick, out, event, move, issue, staff, pickItem } = s;
  const item = pickItem();
  const g = item.guide;
  const c = newCase(s, item, recv, minute);
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
    accept(s, c, recv, on, 60, null, true);
    return review(s, c, g, recv, on, 61);
  }
  if (r < 0.21 && g.materials.some((m) => m.required)) {
    const back = supplements(s, c, materials, recv, t, age);
    if (!back) return;
    accept(s, c, back, back, 605, staff, false);
    if (g.kind === 'immediate') return settle(s, c, back, 606);
    return review(s, c, g, back, back, 606);
  }
  accept(s, c, recv, recv, t, staff, false);
  if (g.kind === 'immediate') return settle(s, c, recv, t + 2);
  return review(s, c, g, recv, recv, t + 1);
}

/** One-time notice 一次性告知; returns the day complete supplements arrived, or null (still waiting, withdrawn). */
export function supplements(
  s: CaseScope,
  c: DemoCase,
  materials: CaseDemo['materials'],
  recv: IsoDate,
  t: number,
  age: number,
) {
  const { today, days, random, chance, pick, out, move, issue, staff, someMinute } = s;
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

export function accept(
  s: CaseScope,
  c: DemoCase,
  acceptedOn: IsoDate,
  on: IsoDate,
  minute: number,
  uid: string | null,
  deemed: boolean,
) {
  const { move, issue, clockOf } = s;
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
