import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { checkCreditCode } from '../../domain/credit-code.js';
import { idNumberProblem } from '../../domain/id-number.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import { parseSnapshot, parseVersionSnapshot } from '../catalog/present.js';
import { nextCaseNumber } from './case-number.js';
import {
  type CaseRow,
  findHallBasics,
  findItemVersion,
  insertCase,
  insertMaterials,
  receivedCaseRow,
} from './repository.js';
import type { ReceiveCaseBody } from './schema.js';
import { type CaseActor, recordCaseEvent } from './transition.js';

const ID_PROBLEMS: Record<string, string> = {
  format: '身份证号码应为 18 位（最后一位可为 X）',
  division: '身份证号码的地区码不存在',
  birthDate: '身份证号码中的出生日期无效',
  checkDigit: '身份证号码校验位错误，请核对',
};

/** Validate the applicant: GB 11643 ID number, or GB 32100 credit code (a bad check digit only warns). */
export function checkApplicant(
  a: ReceiveCaseBody['applicant'],
  today: IsoDate,
): { idNumber: string; warnings: string[] } {
  const idNumber = a.idNumber.trim().toUpperCase();
  if (a.type === 'person') {
    const problem = idNumberProblem(idNumber, new Date(`${today}T23:59:59+08:00`));
    if (problem) throw new AppError('VALIDATION_FAILED', ID_PROBLEMS[problem], { field: 'applicant.idNumber' });
    return { idNumber, warnings: [] };
  }
  const r = checkCreditCode(idNumber);
  if (!r.ok)
    throw new AppError('VALIDATION_FAILED', '统一社会信用代码应为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V）', {
      field: 'applicant.idNumber',
    });
  if (!a.legalRepresentative?.trim())
    throw new AppError('VALIDATION_FAILED', '企业申请须填写法定代表人', { field: 'applicant.legalRepresentative' });
  return { idNumber, warnings: r.checkDigitValid ? [] : [r.warning] };
}

/** The published guide stored with a version (parsed once per version id: a published guide never changes). */
export function guideOf(version: { id?: string; guide: string }): PublishedGuide {
  return version.id === undefined
    ? parseSnapshot(version.guide)
    : parseVersionSnapshot({ id: version.id, guide: version.guide });
}

/**
 * Receive an application 收件 at a window: the item's current published guide fixes the material
 * checklist, department, kind and limits; the case gets its number and starts as `received`.
 */
export async function receiveCase(
  trx: Db,
  who: CaseActor & { user: NonNullable<CaseActor['user']> },
  hallId: string,
  body: ReceiveCaseBody,
  now: { today: IsoDate; at: string },
): Promise<{ row: CaseRow; warnings: string[] }> {
  await authorizeHall(trx, who.user, 'case.receive', hallId);
  const item = await trx.selectFrom('items').select(['id', 'hall_id']).where('id', '=', body.itemId).executeTakeFirst();
  if (!item || item.hall_id !== hallId) throw new AppError('NOT_FOUND', '事项不存在');
  const version = await findItemVersion(trx, item.id);
  if (!version) throw new AppError('ITEM_NOT_PUBLISHED');
  const guide = guideOf(version);
  const { idNumber, warnings } = checkApplicant(body.applicant, now.today);
  const byPosition = new Map(body.materials.map((m) => [m.position, m]));
  const unknown = body.materials.filter((m) => m.position > guide.materials.length);
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', `材料序号 ${unknown.map((m) => m.position).join('、')} 不在材料清单内`);
  for (const [key, id] of [
    ['ticketId', body.ticketId],
    ['windowId', body.windowId],
  ] as const) {
    if (!id) continue;
    const table = key === 'ticketId' ? 'tickets' : 'windows';
    const hit = await trx.selectFrom(table).select('hall_id').where('id', '=', id).executeTakeFirst();
    if (hit?.hall_id !== hallId) throw new AppError('NOT_FOUND', key === 'ticketId' ? '排队号码不存在' : '窗口不存在');
  }
  const hall = await findHallBasics(trx, hallId);
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
  const number = await nextCaseNumber(trx, hallId, hall.code, now.today);
  const row = receivedCaseRow(
    {
      id: newId(),
      hall_id: hallId,
      number,
      item_id: item.id,
      item_version: version.version,
      item_name: version.name,
      department_id: version.department_id,
      kind: version.kind,
      applicant_type: body.applicant.type,
      applicant_name: body.applicant.name,
      applicant_id_number: idNumber,
      legal_representative: body.applicant.type === 'enterprise' ? (body.applicant.legalRepresentative ?? null) : null,
      contact_phone: body.applicant.phone,
      agent_name: body.agentName || null,
      ticket_id: body.ticketId ?? null,
      window_id: body.windowId ?? null,
      received_by: who.user.id,
      received_on: now.today,
      received_at: now.at,
      promised_days: guide.promisedDays,
      statutory_days: guide.statutoryDays,
    },
    now.at,
  );
  await insertCase(trx, row);
  await insertMaterials(
    trx,
    guide.materials.map((m, i) => {
      const given = byPosition.get(i + 1);
      return {
        id: newId(),
        hall_id: hallId,
        case_id: row.id,
        position: i + 1,
        name: m.name,
        required: m.required ? 1 : 0,
        state: given?.state ?? 'missing',
        note: given?.note ?? '',
      };
    }),
  );
  const detail = { number, itemId: item.id, itemVersion: version.version, ticketId: row.ticket_id };
  await recordCaseEvent(trx, {
    caseId: row.id,
    hallId,
    action: 'receive',
    fromStatus: null,
    toStatus: 'received',
    userId: who.user.id,
    ip: who.actor.ip,
    detail,
    at: now.at,
  });
  await recordAudit(trx, who.dialect, who.actor, {
    action: 'case.receive',
    entityType: 'case',
    entityId: row.id,
    hallId,
    after: { status: 'received', ...detail, applicantType: row.applicant_type },
  });
  return { row, warnings };
}
