import { z } from 'zod';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { DEFAULT_COLOUR_THRESHOLDS, THRESHOLD_LIMITS, thresholdsProblem } from '../../domain/case-colour.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall, canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';

/** Per-hall thresholds of the supervision colours 红黄灯阈值 (docs/api-cases.md "Colour thresholds"). */

const D = THRESHOLD_LIMITS.yellowDaysLeft;
const P = THRESHOLD_LIMITS.yellowSharePercent;

export const ThresholdsBodySchema = z.object({
  /** yellow when this many working days or fewer are left */
  yellowDaysLeft: z
    .number()
    .int('剩余工作日阈值应为整数')
    .min(D.min, `剩余工作日阈值应为 ${D.min}–${D.max}`)
    .max(D.max, `剩余工作日阈值应为 ${D.min}–${D.max}`),
  /** yellow when this whole percentage of the limit is used */
  yellowSharePercent: z
    .number()
    .int('已用时限比例应为整数')
    .min(P.min, `已用时限比例应为 ${P.min}%–${P.max}%`)
    .max(P.max, `已用时限比例应为 ${P.min}%–${P.max}%`),
});
export type ThresholdsBody = z.infer<typeof ThresholdsBodySchema>;

export const ThresholdsViewSchema = ThresholdsBodySchema.extend({
  hallId: z.string(),
  /** true: nothing saved for this hall, the PRODUCT.md defaults apply */
  isDefault: z.boolean(),
  defaults: z.object({ yellowDaysLeft: z.number(), yellowSharePercent: z.number() }),
  limits: z.object({
    yellowDaysLeft: z.object({ min: z.number(), max: z.number() }),
    yellowSharePercent: z.object({ min: z.number(), max: z.number() }),
  }),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ThresholdsView = z.infer<typeof ThresholdsViewSchema>;

const DEFAULTS = {
  yellowDaysLeft: DEFAULT_COLOUR_THRESHOLDS.yellowDaysLeft,
  yellowSharePercent: Math.round(DEFAULT_COLOUR_THRESHOLDS.yellowShare * 100),
};

function findRow(db: Db, hallId: string) {
  return db.selectFrom('supervision_settings').selectAll().where('hall_id', '=', hallId).executeTakeFirst();
}

async function present(db: Db, hallId: string): Promise<ThresholdsView> {
  const row = await findRow(db, hallId);
  return {
    hallId,
    yellowDaysLeft: row?.yellow_days_left ?? DEFAULTS.yellowDaysLeft,
    yellowSharePercent: row?.yellow_share_pct ?? DEFAULTS.yellowSharePercent,
    isDefault: !row,
    defaults: DEFAULTS,
    limits: THRESHOLD_LIMITS,
    updatedAt: row?.updated_at ?? null,
    updatedByName: row ? row.updated_by_name : null,
  };
}

async function requireHall(db: Db, hallId: string) {
  const hall = await db.selectFrom('halls').select('id').where('id', '=', hallId).executeTakeFirst();
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
}

/** Anyone who sees the hall's case colours may read the thresholds behind them. */
export async function getThresholds(db: Db, user: AuthUser, hallId: string): Promise<ThresholdsView> {
  if (!(await canSeeHall(db, user, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
  if (!user.permissions.has('case.read')) throw new AppError('FORBIDDEN');
  await requireHall(db, hallId);
  return present(db, hallId);
}

/** The hall manager saves the hall's thresholds; audited with before and after. */
export async function saveThresholds(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  body: ThresholdsBody,
): Promise<ThresholdsView> {
  await authorizeHall(trx, user, 'supervision.configure', hallId);
  await requireHall(trx, hallId);
  const problem = thresholdsProblem(body.yellowDaysLeft, body.yellowSharePercent);
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  const before = await present(trx, hallId);
  const row = {
    yellow_days_left: body.yellowDaysLeft,
    yellow_share_pct: body.yellowSharePercent,
    updated_by: user.id,
    updated_by_name: user.displayName,
    updated_at: nowIso(),
  };
  await trx
    .insertInto('supervision_settings')
    .values({ hall_id: hallId, ...row })
    .onConflict((oc) => oc.column('hall_id').doUpdateSet(row))
    .execute();
  await recordAudit(trx, dialect, actor, {
    action: 'supervision.thresholds',
    entityType: 'supervision_settings',
    entityId: hallId,
    hallId,
    before: { yellowDaysLeft: before.yellowDaysLeft, yellowSharePercent: before.yellowSharePercent },
    after: body,
  });
  return present(trx, hallId);
}
