import type { z } from 'zod';
import type { CardRow, WarningListRow } from './repository.js';
import type { CaseClockView } from './running-clocks.js';
import { CARD_TRIGGER_LABELS, type Card, type SupervisedCaseSchema, type WarningSchema } from './schema.js';

type Trigger = keyof typeof CARD_TRIGGER_LABELS;

/** Names a card shows instead of ids. */
export interface CardNames {
  departments: Map<string, string>;
  caseNumbers: Map<string, string>;
  users: Map<string, string>;
}

/** A card as the API shows it (names resolved by the caller). */
export function presentCard(c: CardRow, names: CardNames): Card {
  return {
    id: c.id,
    hallId: c.hall_id,
    caseId: c.case_id,
    caseNumber: c.case_id ? (names.caseNumbers.get(c.case_id) ?? null) : null,
    departmentId: c.department_id,
    departmentName: c.department_id ? (names.departments.get(c.department_id) ?? null) : null,
    color: c.color as Card['color'],
    trigger: c.trigger as Trigger,
    triggerLabel: CARD_TRIGGER_LABELS[c.trigger as Trigger] ?? c.trigger,
    description: c.description,
    issuedBy: names.users.get(c.issued_by) ?? '',
    issuedAt: c.issued_at,
    status: c.status as Card['status'],
    response: c.response,
    respondedAt: c.responded_at,
    closedAt: c.closed_at,
  };
}

export function presentWarning(w: WarningListRow): z.infer<typeof WarningSchema> {
  return {
    id: w.id,
    caseId: w.case_id,
    caseNumber: w.number,
    itemName: w.item_name,
    taskId: w.task_id,
    taskName: w.task_name ?? null,
    level: w.level as 'yellow' | 'red',
    raisedOn: w.raised_on,
    readAt: w.read_at,
  };
}

export function presentClock(c: CaseClockView, departments: Map<string, string>): z.infer<typeof SupervisedCaseSchema> {
  return {
    id: c.row.id,
    number: c.row.number,
    itemName: c.row.item_name,
    departmentId: c.row.department_id,
    departmentName: departments.get(c.row.department_id) ?? '',
    kind: c.row.kind,
    status: c.row.status,
    acceptedOn: c.row.accepted_on as string,
    dueOn: c.dueOn,
    provisional: c.provisional,
    totalDays: c.totalDays,
    usedWorkingDays: c.usedWorkingDays,
    remainingWorkingDays: c.remainingWorkingDays,
    colour: c.colour,
    tasks: c.tasks,
  };
}
