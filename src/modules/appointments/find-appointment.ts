import type { Db } from '../../db/index.js';
import { normaliseBookingCode } from '../../domain/appointment-code.js';
import { idLast4Matches } from '../../domain/appointment-rules.js';
import { AppError } from '../../http/errors.js';
import { presentPublicAppointment } from './present.js';
import { type AppointmentView, findAppointmentByCode, loadAppointmentSettings } from './repository.js';
import type { PublicAppointment } from './schema.js';

/**
 * A booking by its code and the last 4 characters of the ID number. A wrong pair and an unknown
 * code give the same 404, so the answer never tells whether a code exists.
 */
export async function findOwnAppointment(db: Db, rawCode: string, idLast4: string): Promise<AppointmentView> {
  const code = normaliseBookingCode(rawCode);
  const a = code ? await findAppointmentByCode(db, code) : undefined;
  if (!a || !idLast4Matches(a.id_number, idLast4))
    throw new AppError('NOT_FOUND', '未找到预约，请核对预约码和身份证号码后四位');
  return a;
}

export async function lookUpAppointment(
  db: Db,
  code: string,
  idLast4: string,
  now: string,
): Promise<PublicAppointment> {
  const a = await findOwnAppointment(db, code, idLast4);
  const settings = await loadAppointmentSettings(db, a.hall_id);
  return presentPublicAppointment(a, now, settings.cancelCloseMinutes);
}
