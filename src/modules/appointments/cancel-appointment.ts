import { isCancelOpen, slotStartInstant } from '../../domain/appointment-rules.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { findOwnAppointment } from './find-appointment.js';
import { presentPublicAppointment } from './present.js';
import { loadAppointmentSettings, moveFromBooked, releaseSlot } from './repository.js';
import type { PublicAppointment } from './schema.js';

const STATE_TEXT: Record<string, string> = {
  cancelled: '该预约已取消',
  checked_in: '该预约已签到取号，不能取消',
  no_show: '该预约已过期（未按时签到），不能取消',
};

/**
 * Cancel a booking (until `cancelCloseMinutes` before the slot). The booked → cancelled update is
 * conditional, so two cancels never free the place twice; `live_key` is cleared so the person may book again.
 */
export async function cancelAppointment(
  deps: Pick<AppDeps, 'db' | 'dialect'>,
  code: string,
  idLast4: string,
  actor: Actor,
  now: string,
): Promise<PublicAppointment> {
  const a = await findOwnAppointment(deps.db, code, idLast4);
  const settings = await loadAppointmentSettings(deps.db, a.hall_id);
  if (a.status !== 'booked') throw new AppError('TICKET_STATE', STATE_TEXT[a.status] ?? '该预约不能取消');
  if (!isCancelOpen(slotStartInstant(a.service_date, a.slot_start), now, settings.cancelCloseMinutes)) {
    throw new AppError('BOOKING_CLOSED', `时段开始前 ${settings.cancelCloseMinutes} 分钟内不能取消预约`);
  }
  await deps.db.transaction().execute(async (trx) => {
    if (!(await moveFromBooked(trx, a.id, 'cancelled', now, true))) {
      throw new AppError('TICKET_STATE', '预约状态已变化，请刷新后重试');
    }
    await releaseSlot(trx, a.business_type_id, a.service_date, a.slot_start);
    await recordAudit(trx, deps.dialect, actor, {
      action: 'appointment.cancel',
      entityType: 'appointment',
      entityId: a.id,
      hallId: a.hall_id,
      before: { status: 'booked' },
      after: { status: 'cancelled', code: a.code, date: a.service_date, slotStart: a.slot_start },
    });
  });
  return presentPublicAppointment(
    { ...a, status: 'cancelled', live_key: null, updated_at: now },
    now,
    settings.cancelCloseMinutes,
  );
}
