import type { Db, Dialect } from '../../db/index.js';
import { type Actor, recordAudit } from '../audit/record.js';
import type { CaseRow } from './repository.js';
import type { PersonalView } from './schema.js';

/**
 * Personal data of the applicant (PRODUCT.md §12, RULES-SOURCES.md §12): every case view, list,
 * export and printout shows the ID number and phone masked; a role with `case.view_personal` reveals
 * the full values of one case on purpose (POST /cases/{id}/reveal-personal), and each reveal is one
 * audit record `personal_data.view` (who, when, which case, why).
 */
export async function auditReveal(trx: Db, dialect: Dialect, actor: Actor, c: CaseRow, purpose: string) {
  await recordAudit(trx, dialect, actor, {
    action: 'personal_data.view',
    entityType: 'case',
    entityId: c.id,
    hallId: c.hall_id,
    after: {
      fields: ['applicant.idNumber', 'applicant.phone'],
      number: c.number,
      via: 'reveal',
      ...(purpose ? { purpose } : {}),
    },
  });
}

/** The unmasked applicant of one case (only after `auditReveal`). */
export function presentPersonal(c: CaseRow, revealedAt: string): PersonalView {
  return {
    caseId: c.id,
    number: c.number,
    applicant: {
      type: c.applicant_type,
      name: c.applicant_name,
      idNumber: c.applicant_id_number,
      legalRepresentative: c.legal_representative,
      phone: c.contact_phone,
    },
    agentName: c.agent_name,
    revealedAt,
  };
}
