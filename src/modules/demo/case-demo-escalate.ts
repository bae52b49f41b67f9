import { newId } from '../../db/ids.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { reviewTasksOf } from '../cases/start-review.js';
import { decide } from './case-demo-outcome.js';
import type { CaseScope, TaskRow } from './case-demo-scope.js';
import { type DemoCase, instant } from './case-recorder.js';

/** 上报件 after the first review: a child case at the city hall decides; the decision flows back. */
export function escalate(
  s: CaseScope,
  c: DemoCase,
  rest: TaskRow[],
  on: IsoDate,
  decidedOn: IsoDate | null,
  decision: string,
  reason: string,
) {
  const { city, cal, days, out, deptName, event, move, reviewer, cityDepts, nextNumber, clockOf, later } = s;
  const short = (deptName.get(c.department_id) ?? '').replace(/^东岭县/, '');
  const dept = cityDepts.find((d) => d.name.endsWith(short)) ?? cityDepts[0];
  if (!dept) return;
  const promised = Math.max(1, days.count(on, c.due_on as string));
  const clock = clockOf(on, promised, c.statutory_days ?? null, 0, [], on);
  const child: DemoCase = {
    ...c,
    id: newId(),
    hall_id: city.id,
    number: nextNumber(city.id, city.code, on),
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
  out.materials.push(...own.map((m) => ({ ...m, id: newId(), hall_id: city.id, case_id: child.id })));
  c.forwarded_to_hall_id = city.id;
  move(c, on, later(c, on, 690), 'escalate', 'escalated', reviewer(c.department_id, true), {
    toHallId: city.id,
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
  decide(s, child, decidedOn, decision, reason, []);
  // the decision flows back to the accepting hall, whose window hands it over (in `decide`)
  decide(s, c, decidedOn, decision, reason, [], { decidedByHallId: city.id, decidedCaseNumber: child.number });
}
