import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { idNumberProblem } from '../../domain/id-number.js';
import { maskIdNumber } from '../../domain/mask.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../auth/scope.js';
import { unpaidNoticesBlockDelivery } from '../fees/index.js';
import { issueDocument } from './documents.js';
import type { CaseRow } from './repository.js';
import { type CaseActor, checkVersion, loadCaseForUpdate, transitionCase } from './transition.js';

export interface DeliverBody {
  rowVersion: number;
  method: 'pickup' | 'mail';
  collectorName?: string;
  collectorIdNumber?: string;
  trackingNumber?: string;
}

/**
 * Hand over the result 送达/出件 (统一送达): at the pickup window — who collected it, their ID checked
 * (stored masked) — or by mail with the tracking number. Only a decided case (422 DELIVERY_BLOCKED).
 */
export async function deliverCase(
  trx: Db,
  who: CaseActor & { user: NonNullable<CaseActor['user']> },
  caseId: string,
  body: DeliverBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  if (c.status !== 'decided')
    throw new AppError('DELIVERY_BLOCKED', '办件尚未作出决定，不能出件', { status: c.status });
  // 统一收费: a result is not handed over while a payment notice of the case is unpaid.
  const fees = await unpaidNoticesBlockDelivery(trx, caseId);
  if (fees.blocked)
    throw new AppError('DELIVERY_BLOCKED', fees.reason ?? '尚有未缴费用，请先缴费', { notices: fees.notices });
  let detail: Record<string, unknown>;
  if (body.method === 'pickup') {
    const name = body.collectorName?.trim();
    const id = body.collectorIdNumber?.trim().toUpperCase();
    if (!name || !id) throw new AppError('VALIDATION_FAILED', '窗口取件须登记领取人姓名和身份证号码');
    if (idNumberProblem(id)) throw new AppError('VALIDATION_FAILED', '领取人身份证号码无效，请核对');
    detail = { collectorName: name, collectorIdNumber: maskIdNumber(id), idChecked: true };
  } else {
    const tracking = body.trackingNumber?.trim();
    if (!tracking) throw new AppError('VALIDATION_FAILED', '邮寄送达须填写快递单号');
    detail = { trackingNumber: tracking };
  }
  const row = await transitionCase(trx, who, c, 'deliver', {
    set: { delivery_method: body.method, delivery_detail: JSON.stringify(detail), delivered_on: today },
    detail: { method: body.method, ...detail },
  });
  await issueDocument(
    trx,
    row,
    'delivery',
    { method: body.method, deliveredOn: today, ...detail },
    {
      userId: who.user.id,
      issuedOn: today,
    },
  );
  return row;
}
