import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../auth/scope.js';
import { incompleteMaterials } from './accept-case.js';
import { issueDocument } from './documents.js';
import { type CaseRow, listMaterials, setMaterialState } from './repository.js';
import type { MaterialInput } from './schema.js';
import { assertTransition, type CaseActor, checkVersion, loadCaseForUpdate, transitionCase } from './transition.js';

type Who = CaseActor & { user: NonNullable<CaseActor['user']> };

const STATE_LABELS: Record<string, string> = { submitted: '已提交', missing: '缺少', defective: '不符合要求' };

async function applyMaterials(trx: Db, c: CaseRow, materials: MaterialInput[]) {
  const current = await listMaterials(trx, c.id);
  const known = new Set(current.map((m) => m.position));
  const unknown = materials.filter((m) => !known.has(m.position));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', `材料序号 ${unknown.map((m) => m.position).join('、')} 不在材料清单内`);
  for (const m of materials) {
    const before = current.find((x) => x.position === m.position);
    await setMaterialState(trx, c.id, m.position, m.state, m.note ?? (m.state === before?.state ? before.note : ''));
  }
  return listMaterials(trx, c.id);
}

/**
 * Ask for supplements 补正 with the one-time notice 一次性告知书: the checklist is updated and the
 * notice lists EVERY material that is missing or defective, at once (行政许可法 art. 32 (4)). The
 * wait is recorded as a pause of kind `supplement` under the notice's number.
 */
export async function requestSupplements(
  trx: Db,
  who: Who,
  caseId: string,
  body: { rowVersion: number; materials: MaterialInput[] },
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'request_supplements');
  const materials = await applyMaterials(trx, c, body.materials);
  const listed = materials.filter((m) => m.state !== 'submitted');
  if (listed.length === 0) throw new AppError('RULE_VIOLATION', '材料均已齐全，无需补正；请直接受理');
  const row = await transitionCase(trx, who, c, 'request_supplements', {
    detail: { materials: listed.map((m) => ({ position: m.position, state: m.state })) },
  });
  const doc = await issueDocument(
    trx,
    row,
    'one_time',
    {
      materials: listed.map((m) => ({
        position: m.position,
        name: m.name,
        required: m.required === 1,
        state: m.state,
        stateLabel: STATE_LABELS[m.state] ?? m.state,
        note: m.note,
      })),
      text: '您提交的申请材料不齐全或者不符合法定形式，现一次性告知需要补正的全部内容如下。请补正后再次提交，补正材料齐全之日起计算办理时限。',
    },
    { userId: who.user.id, issuedOn: today },
  );
  await trx
    .insertInto('case_pauses')
    .values({
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      kind: 'supplement',
      name: '补正材料',
      reason: listed.map((m) => m.name).join('、'),
      notice_no: doc.number,
      started_on: today,
      ended_on: null,
      started_by: who.user.id,
      ended_by: null,
    })
    .execute();
  return row;
}

/** Close the open supplement pause, if any. */
export async function endSupplementPause(trx: Db, caseId: string, today: IsoDate, userId: string | null) {
  await trx
    .updateTable('case_pauses')
    .set({ ended_on: today, ended_by: userId })
    .where('case_id', '=', caseId)
    .where('kind', '=', 'supplement')
    .where('ended_on', 'is', null)
    .execute();
}

/**
 * The supplements arrived 补正材料接收: back to `received`; once every required material is in,
 * `complete_on` = today — acceptance will count from it.
 */
export async function receiveSupplements(
  trx: Db,
  who: Who,
  caseId: string,
  body: { rowVersion: number; materials: MaterialInput[] },
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'receive_supplements');
  const materials = await applyMaterials(trx, c, body.materials);
  const complete = incompleteMaterials(materials).length === 0;
  await endSupplementPause(trx, c.id, today, who.user.id);
  return transitionCase(trx, who, c, 'receive_supplements', {
    set: { complete_on: complete ? today : null },
    detail: { complete, materials: body.materials.map((m) => ({ position: m.position, state: m.state })) },
  });
}
