import type { Insertable } from 'kysely';
import type { CaseTasksTable } from '../../db/types.js';
import { type Calendar, makeCalendar } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import { formatCaseNumber } from '../../domain/case-number.js';
import type { Pause } from '../../domain/deadline.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import { applicantFactory } from './case-applicants.js';
import { caseRecorder, type DemoCase, emptyCaseDemo } from './case-recorder.js';
import { workdayIndex } from './case-workdays.js';
import { mulberry32, type SeedContext, shiftMonths } from './context.js';
import type { DemoPlan } from './plan.js';

/**
 * What every step of the case demo (build-cases.ts and the case-demo-*.ts files) shares: 东岭县 and its
 * city, the calendar and working-day index, the one seeded random stream (the order of its draws
 * makes the data), the output being filled, the recorder of events and documents, the demo accounts
 * and windows, the items to pick from, case numbers and due dates as the API would compute them.
 */

export type TaskRow = Insertable<CaseTasksTable> & { id: string };

export interface DemoItem {
  id: string;
  version: number;
  guide: PublishedGuide;
  weight: number;
}

export function caseDemoScope(plan: DemoPlan, ctx: SeedContext) {
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

  return {
    hall,
    city,
    today,
    first,
    cal,
    days,
    random,
    chance,
    pick,
    people,
    out,
    deptName,
    event,
    move,
    issue,
    staff,
    approver,
    chief,
    reviewDept,
    reviewer,
    cityDepts,
    windowFor,
    pickItem,
    seqs,
    nextNumber,
    clockOf,
    reviewStart,
    later,
    someMinute,
  };
}

export type CaseScope = ReturnType<typeof caseDemoScope>;
