import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type {
  CaseCountersTable,
  CaseDocumentsTable,
  CaseEventsTable,
  CaseExtensionsTable,
  CaseMaterialsTable,
  CasePausesTable,
  CasesTable,
  CaseTasksTable,
} from '../../db/types.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { DOCUMENT_KINDS, type DocumentKind, formatDocumentNumber } from '../../domain/case-number.js';
import { maskIdNumber } from '../../domain/mask.js';

/** Every row the case demo writes. */
export interface CaseDemo {
  counters: Insertable<CaseCountersTable>[];
  cases: Insertable<CasesTable>[];
  materials: Insertable<CaseMaterialsTable>[];
  tasks: Insertable<CaseTasksTable>[];
  pauses: Insertable<CasePausesTable>[];
  extensions: Insertable<CaseExtensionsTable>[];
  documents: Insertable<CaseDocumentsTable>[];
  events: Insertable<CaseEventsTable>[];
}

export function emptyCaseDemo(): CaseDemo {
  return { counters: [], cases: [], materials: [], tasks: [], pauses: [], extensions: [], documents: [], events: [] };
}

/** A demo case while it is being played through (status and row_version move with each step). */
export type DemoCase = Insertable<CasesTable> & { id: string; number: string; status: string; row_version: number };

export interface HallInfo {
  id: string;
  name: string;
  address: string;
  phone: string;
}

const IP = '10.20.1.15';
/** The instant (ISO, UTC) of a hall-local day and (fractional) minute of the day; China keeps UTC+8 all year. */
export function instant(day: IsoDate, minute: number): string {
  const m = Math.min(Math.max(minute, 0), 23 * 60 + 59);
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return new Date(Date.UTC(y, mo - 1, d) + Math.round(m * 60_000) - 8 * 3_600_000).toISOString();
}

/**
 * Writes a demo case's history the way the API does: a case_events row per change (bumping
 * row_version for state changes), documents numbered `<case number>-<code><n>` with the same
 * printed header (applicant ID masked) as src/modules/cases/documents.ts.
 */
export function caseRecorder(out: CaseDemo, halls: Map<string, HallInfo>, deptName: Map<string, string>) {
  const docCount = new Map<string, number>();
  const event = (
    c: DemoCase,
    day: IsoDate,
    minute: number,
    action: string,
    from: string | null,
    to: string | null,
    userId: string | null,
    detail: Record<string, unknown> = {},
  ) => {
    out.events.push({
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      at: instant(day, minute),
      action,
      from_status: from,
      to_status: to,
      user_id: userId,
      detail: JSON.stringify({ ip: userId ? IP : 'scheduler', ...detail }),
    });
    if (from !== null && to !== null) c.row_version += 1;
    c.updated_at = instant(day, minute);
  };
  return {
    event,
    /** a state change: event from the current status to `to` */
    move(c: DemoCase, day: IsoDate, minute: number, action: string, to: string, userId: string | null, detail = {}) {
      event(c, day, minute, action, c.status, to, userId, detail);
      c.status = to;
    },
    issue(c: DemoCase, kind: DocumentKind, day: IsoDate, minute: number, body: object, userId: string | null): string {
      const key = `${c.id}|${kind}`;
      const n = (docCount.get(key) ?? 0) + 1;
      docCount.set(key, n);
      const number = formatDocumentNumber(c.number, kind, n);
      const hall = halls.get(c.hall_id);
      const header = {
        hallName: hall?.name ?? '',
        hallAddress: hall?.address ?? '',
        hallPhone: hall?.phone ?? '',
        departmentName: deptName.get(c.department_id) ?? '',
        caseNumber: c.number,
        itemName: c.item_name,
        itemVersion: c.item_version,
        applicant: {
          type: c.applicant_type,
          name: c.applicant_name,
          idNumber: maskIdNumber(c.applicant_id_number),
          legalRepresentative: c.legal_representative ?? null,
        },
        agentName: c.agent_name ?? null,
        receivedOn: c.received_on,
      };
      out.documents.push({
        id: newId(),
        hall_id: c.hall_id,
        case_id: c.id,
        kind,
        number,
        content: JSON.stringify({ title: DOCUMENT_KINDS[kind].title, number, kind, issuedOn: day, ...header, ...body }),
        created_at: instant(day, minute),
        created_by: userId,
      });
      return number;
    },
  };
}
