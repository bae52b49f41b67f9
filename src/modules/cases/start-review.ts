import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { Calendar } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { addWorkingDays } from '../../domain/deadline.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import { hallCalendarOf } from './deadline.js';
import { type CaseRow, type CaseTaskRow, insertTasks } from './repository.js';
import { type CaseActor, type TransitionStep, transitionCaseSteps } from './transition.js';

/** The review tasks of an accepted case, before they are written (pure; the demo uses it too). */
export function reviewTasksOf(
  c: Pick<CaseRow, 'id' | 'hall_id' | 'department_id' | 'kind' | 'promised_days'>,
  guide: Pick<PublishedGuide, 'steps' | 'jointDepartmentIds'>,
  acceptedOn: IsoDate,
  cal: Calendar,
): CaseTaskRow[] {
  const steps = guide.steps.length > 0 ? guide.steps : [{ name: '审查决定', role: '审批人员', days: c.promised_days }];
  const base = {
    hall_id: c.hall_id,
    case_id: c.id,
    finished_on: null,
    finished_by: null,
    opinion: null,
    outcome: null,
  };
  const tasks: CaseTaskRow[] = steps.map((s, i) => ({
    ...base,
    id: newId(),
    kind: 'step',
    position: i + 1,
    name: s.name,
    role: s.role,
    department_id: c.department_id,
    days: s.days,
    status: i === 0 ? 'active' : 'pending',
    started_on: i === 0 ? acceptedOn : null,
    due_on: i === 0 ? addWorkingDays(cal, acceptedOn, s.days) : null,
  }));
  if (c.kind === 'joint') {
    guide.jointDepartmentIds.forEach((departmentId, i) => {
      tasks.push({
        ...base,
        id: newId(),
        kind: 'joint',
        position: steps.length + i + 1,
        name: '联办审查',
        role: '协办部门',
        department_id: departmentId,
        days: c.promised_days,
        status: 'active',
        started_on: acceptedOn,
        due_on: addWorkingDays(cal, acceptedOn, c.promised_days),
      });
    });
  }
  return tasks;
}

type ReviewGuide = Pick<PublishedGuide, 'steps' | 'jointDepartmentIds'>;

/** The `start_review` step of a case accepted on `acceptedOn` and the review tasks it starts (pure). */
export function reviewStart(
  c: Pick<CaseRow, 'id' | 'hall_id' | 'department_id' | 'kind' | 'promised_days'>,
  guide: ReviewGuide,
  acceptedOn: IsoDate,
  cal: Calendar,
): { step: TransitionStep; tasks: CaseTaskRow[] } {
  return {
    step: {
      action: 'start_review',
      detail: { steps: guide.steps.length, jointDepartments: c.kind === 'joint' ? guide.jointDepartmentIds.length : 0 },
    },
    tasks: reviewTasksOf(c, guide, acceptedOn, cal),
  };
}

/**
 * Start the review of an accepted (not same-visit) case: its `case_tasks` from the published guide's
 * steps — the first `active` from `accepted_on`, due after its share of the limit, the rest `pending`
 * — plus, for a joint case 联办件, one active `joint` task per co-department with the case's whole
 * limit; then `accepted → in_review`. Used by deemed acceptance and the review module (acceptance
 * at the window does the same with its own `accept` step, src/modules/cases/accept-case.ts).
 */
export async function startReview(
  trx: Db,
  who: CaseActor,
  c: CaseRow,
  guide: ReviewGuide,
  calendar?: Calendar,
): Promise<CaseRow> {
  if (!c.accepted_on) throw new Error(`case ${c.id} has no acceptance day`);
  const cal = calendar ?? (await hallCalendarOf(trx, c.hall_id)).calendar;
  const { step, tasks } = reviewStart(c, guide, c.accepted_on, cal);
  const next = await transitionCaseSteps(trx, who, c, [step]);
  await insertTasks(trx, tasks);
  return next;
}
