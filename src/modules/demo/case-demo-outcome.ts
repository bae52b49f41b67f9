import type { IsoDate } from '../../domain/calendar-date.js';
import { decisionNotice } from '../../domain/case-review-notices.js';
import type { Pause } from '../../domain/deadline.js';
import { maskIdNumber } from '../../domain/mask.js';
import type { CaseScope } from './case-demo-scope.js';
import type { DemoCase } from './case-recorder.js';

/** How a demo case ends: the decision 决定, the hand-over 送达 at the window or by mail, archiving 归档. */

/** 即办件: decided and handed over in the same visit, archived later. */
export function settle(s: CaseScope, c: DemoCase, day: IsoDate, minute: number) {
  const { days, random, move, issue, staff } = s;
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
  close(s, c, days.add(day, 5 + Math.floor(random() * 10)));
}

export function close(s: CaseScope, c: DemoCase, day: IsoDate) {
  const { today, move, staff } = s;
  if (day > today) return;
  c.closed_on = day;
  move(c, day, 1000, 'close', 'closed', staff);
}

export function decide(
  s: CaseScope,
  c: DemoCase,
  on: IsoDate,
  decision: string,
  reason: string,
  pauses: Pause[],
  detail = {},
) {
  const { hall, today, days, random, chance, people, move, issue, staff, reviewer, later } = s;
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
  if (c.hall_id !== hall.id) return; // the accepting window hands over, not the city
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
  if (days.count(handOver, today) >= 10) close(s, c, days.add(handOver, 5 + Math.floor(random() * 5)));
}
