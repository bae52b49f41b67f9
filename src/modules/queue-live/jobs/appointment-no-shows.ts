import { createHash } from 'node:crypto';
import { newId } from '../../../db/ids.js';
import type { Db } from '../../../db/index.js';
import {
  blockedUntil,
  DEFAULT_APPOINTMENT_SETTINGS,
  isBlocked,
  isNoShow,
  recentNoShows,
  slotStartInstant,
} from '../../../domain/appointment-rules.js';
import { addDays } from '../../../domain/calendar-date.js';
import { chinaDate } from '../../../domain/china-time.js';
import { maskIdNumber } from '../../../domain/mask.js';
import { recordAudit } from '../../audit/record.js';
import { claimOnce, type JobDeps, SYSTEM_ACTOR } from './job-runs.js';

export const BLOCK_JOB = 'appointment.block';

interface NoShowRules {
  noShowAfterMinutes: number;
  blockCount: number;
  windowDays: number;
  blockDays: number;
}
/** The migration's defaults, for halls without a queue_settings row. */
const DEFAULT_RULES: NoShowRules = {
  noShowAfterMinutes: DEFAULT_APPOINTMENT_SETTINGS.noShowAfterMinutes,
  blockCount: DEFAULT_APPOINTMENT_SETTINGS.noShowBlockCount,
  windowDays: DEFAULT_APPOINTMENT_SETTINGS.noShowWindowDays,
  blockDays: DEFAULT_APPOINTMENT_SETTINGS.blockDays,
};

async function loadRules(db: Db): Promise<{ of: (hallId: string) => NoShowRules; longestWindowDays: number }> {
  const rows = await db
    .selectFrom('queue_settings')
    .select(['hall_id', 'no_show_after_minutes', 'no_show_block_count', 'no_show_window_days', 'block_days'])
    .execute();
  const byHall = new Map(
    rows.map((r) => [
      r.hall_id,
      {
        noShowAfterMinutes: r.no_show_after_minutes,
        blockCount: r.no_show_block_count,
        windowDays: r.no_show_window_days,
        blockDays: r.block_days,
      },
    ]),
  );
  return {
    of: (hallId) => byHall.get(hallId) ?? DEFAULT_RULES,
    longestWindowDays: Math.max(DEFAULT_RULES.windowDays, ...[...byHall.values()].map((r) => r.windowDays)),
  };
}

/**
 * Appointment no-shows (预约未到): a booking still `booked` after slot start + `noShowAfterMinutes`
 * becomes `no_show` (its one-per-ID-per-type-per-day key is released), audited. The update is
 * conditional on `status = 'booked'`, so concurrent runs mark each booking once.
 */
export async function markAppointmentNoShows(deps: JobDeps, now: Date): Promise<number> {
  const { db } = deps;
  const rulesOf = (await loadRules(db)).of;
  const booked = await db
    .selectFrom('appointments')
    .select(['id', 'hall_id', 'service_date', 'slot_start'])
    .where('status', '=', 'booked')
    .where('service_date', '<=', chinaDate(now))
    .execute();
  const at = now.toISOString();
  // The same rule as check-in (src/domain/appointment-rules.ts): check-in is open up to slot start + N minutes.
  const due = booked.filter((a) =>
    isNoShow(slotStartInstant(a.service_date, a.slot_start), at, rulesOf(a.hall_id).noShowAfterMinutes),
  );
  let marked = 0;
  for (const hallId of new Set(due.map((a) => a.hall_id))) {
    marked += await db.transaction().execute(async (trx) => {
      let n = 0;
      for (const a of due.filter((x) => x.hall_id === hallId)) {
        const r = await trx
          .updateTable('appointments')
          .set({ status: 'no_show', live_key: null, updated_at: at })
          .where('id', '=', a.id)
          .where('status', '=', 'booked')
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) continue;
        n++;
        await recordAudit(trx, deps.dialect, SYSTEM_ACTOR, {
          action: 'appointment.no_show',
          entityType: 'appointment',
          entityId: a.id,
          hallId,
          before: { status: 'booked' },
          after: { status: 'no_show', serviceDate: a.service_date, slotStart: a.slot_start },
        });
      }
      return n;
    });
  }
  return marked;
}

/**
 * Repeated no-shows block booking (失信限制): an ID number with at least `blockCount` no-shows in
 * the last `windowDays` days (counting only no-shows after its previous block) gets a
 * `booking_blocks` row covering today and the next `blockDays − 1` days, unless a block is active.
 * At most one block per hall, ID and day even with concurrent runs: the block is written in the
 * same transaction as a `job_runs` claim keyed by hall + hashed ID + date.
 */
export async function applyBookingBlocks(deps: JobDeps, now: Date): Promise<number> {
  const { db } = deps;
  const today = chinaDate(now);
  const rules = await loadRules(db);
  const noShows = await db
    .selectFrom('appointments')
    .select(['hall_id', 'id_number', 'service_date'])
    .where('status', '=', 'no_show')
    .where('service_date', '>', addDays(today, -rules.longestWindowDays))
    .where('service_date', '<=', today)
    .execute();
  const groups = new Map<string, { hallId: string; idNumber: string; dates: string[] }>();
  for (const a of noShows) {
    const k = `${a.hall_id}\u0000${a.id_number}`;
    const g = groups.get(k) ?? { hallId: a.hall_id, idNumber: a.id_number, dates: [] };
    g.dates.push(a.service_date);
    groups.set(k, g);
  }
  let created = 0;
  for (const g of groups.values()) {
    const r = rules.of(g.hallId);
    if (recentNoShows(g.dates, today, r.windowDays) < r.blockCount) continue;
    const blocks = await db
      .selectFrom('booking_blocks')
      .select(['blocked_until', 'created_at'])
      .where('hall_id', '=', g.hallId)
      .where('id_number', '=', g.idNumber)
      .orderBy('created_at', 'desc')
      .execute();
    const lastDays = blocks.map((b) => b.blocked_until);
    if (isBlocked(lastDays, today)) continue;
    const lastBlockDay = blocks[0] ? chinaDate(blocks[0].created_at) : null;
    const counted = g.dates.filter((d) => lastBlockDay === null || d > lastBlockDay);
    const count = recentNoShows(counted, today, r.windowDays);
    if (count < r.blockCount) continue;
    const until = blockedUntil(today, r.blockDays);
    const key = `${g.hallId}:${createHash('sha256').update(g.idNumber).digest('hex').slice(0, 32)}:${today}`;
    const done = await db.transaction().execute(async (trx) => {
      if (!(await claimOnce(trx, BLOCK_JOB, key, now, { blockedUntil: until, noShows: count }))) return false;
      const id = newId();
      await trx
        .insertInto('booking_blocks')
        .values({
          id,
          hall_id: g.hallId,
          id_number: g.idNumber,
          blocked_until: until,
          reason: `${r.windowDays}天内预约未到${count}次`,
          created_at: now.toISOString(),
        })
        .execute();
      await recordAudit(trx, deps.dialect, SYSTEM_ACTOR, {
        action: 'appointment.block',
        entityType: 'booking_block',
        entityId: id,
        hallId: g.hallId,
        after: { idNumber: maskIdNumber(g.idNumber), blockedUntil: until, noShows: count },
      });
      return true;
    });
    if (done) created++;
  }
  return created;
}
