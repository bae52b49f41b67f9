import type { Db } from '../../db/index.js';
import { chinaDate } from '../../domain/china-time.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { presentStaffAppointment } from './present.js';
import { listAppointmentsOfDay } from './repository.js';
import type { StaffAppointment } from './schema.js';

/** The hall's bookings of a day (default today) for the duty leader and managers; personal data masked. */
export async function listAppointments(
  db: Db,
  user: AuthUser,
  hallId: string,
  q: { date?: string; businessTypeId?: string; status?: string },
  now: string,
): Promise<StaffAppointment[]> {
  await authorizeHall(db, user, 'queue.monitor', hallId);
  const rows = await listAppointmentsOfDay(db, hallId, q.date ?? chinaDate(now), q);
  return rows.map(presentStaffAppointment);
}
