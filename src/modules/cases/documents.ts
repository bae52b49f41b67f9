import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { DOCUMENT_KINDS, type DocumentKind, formatDocumentNumber } from '../../domain/case-number.js';
import { maskIdNumber } from '../../domain/mask.js';
import {
  type CaseRow,
  countDocumentsOfKind,
  findDepartmentName,
  findHallBasics,
  insertDocument,
} from './repository.js';

/** A document as listed on the case. */
export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  title: string;
  createdAt: string;
}

/**
 * What every printed notice shows: issuing hall and department, case, item and applicant (ID masked,
 * as on every printout — RULES-SOURCES.md §12).
 */
export async function documentHeader(trx: Db, c: CaseRow) {
  const [hall, dept] = await Promise.all([findHallBasics(trx, c.hall_id), findDepartmentName(trx, c.department_id)]);
  return {
    hallName: hall?.name ?? '',
    hallAddress: hall?.address ?? '',
    hallPhone: hall?.phone ?? '',
    departmentName: dept?.name ?? '',
    caseNumber: c.number,
    itemName: c.item_name,
    itemVersion: c.item_version,
    applicant: {
      type: c.applicant_type,
      name: c.applicant_name,
      idNumber: maskIdNumber(c.applicant_id_number),
      legalRepresentative: c.legal_representative,
    },
    agentName: c.agent_name,
    receivedOn: c.received_on,
  };
}

/**
 * Issue a written document 文书 for the case: numbered `<case number>-<code><n>`, its content frozen
 * as JSON (the header plus `body`) exactly as printed. Call inside the transaction of the change.
 */
export async function issueDocument(
  trx: Db,
  c: CaseRow,
  kind: DocumentKind,
  body: Record<string, unknown>,
  o: { userId: string | null; issuedOn: string },
): Promise<IssuedDocument> {
  const n = (await countDocumentsOfKind(trx, c.id, kind)) + 1;
  const number = formatDocumentNumber(c.number, kind, n);
  const { title } = DOCUMENT_KINDS[kind];
  const createdAt = nowIso();
  const content = { title, number, kind, issuedOn: o.issuedOn, ...(await documentHeader(trx, c)), ...body };
  const id = newId();
  await insertDocument(trx, {
    id,
    hall_id: c.hall_id,
    case_id: c.id,
    kind,
    number,
    content: JSON.stringify(content),
    created_at: createdAt,
    created_by: o.userId,
  });
  return { id, kind, number, title, createdAt };
}

/** The right to a remedy stated on every refusal and denial (行政许可法 art. 38; 行政复议法, 行政诉讼法). */
export const REMEDY_NOTICE =
  '如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，或者自收到之日起六个月内依法向人民法院提起行政诉讼。';
