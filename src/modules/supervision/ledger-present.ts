import { applicantMasked, ledgerResult } from '../../domain/ledger-row.js';
import type { LedgerCaseRow } from './ledger-repository.js';
import type { LedgerRow } from './schema.js';

/** Names a ledger row shows instead of ids. */
export interface LedgerNames {
  departments: Map<string, string>;
  users: Map<string, string>;
}

/** 经办人: who decided, else who received the application. */
export function handlerOf(c: LedgerCaseRow, users: Map<string, string>): string {
  const id = c.decided_by ?? c.received_by;
  return id ? (users.get(id) ?? '') : '';
}

/** A case as a ledger row: applicant masked, result in words (a whitelist of fields). */
export function presentLedgerRow(c: LedgerCaseRow, names: LedgerNames): LedgerRow {
  return {
    id: c.id,
    number: c.number,
    itemName: c.item_name,
    departmentName: names.departments.get(c.department_id) ?? '',
    kind: c.kind,
    status: c.status,
    applicantMasked: applicantMasked(c.applicant_type, c.applicant_name),
    receivedOn: c.received_on,
    acceptedOn: c.accepted_on,
    dueOn: c.due_on,
    decidedOn: c.decided_on,
    result: ledgerResult(c.status, c.decision),
    onTime: c.on_time === null ? null : c.on_time === 1,
    handler: handlerOf(c, names.users),
  };
}

/** The user ids whose names a batch of rows shows. */
export function handlerIds(rows: readonly LedgerCaseRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const id = r.decided_by ?? r.received_by;
    if (id) out.push(id);
  }
  return out;
}
