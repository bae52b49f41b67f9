import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/index.js';
import { userOf, withZod } from '../../http/context.js';
import { authorizeHall } from '../auth/scope.js';
import { HallParams } from './schema.js';

export const FeeAnomalyView = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  status: z.string(),
  decidedOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  problem: z.literal('no_unified_payment'),
  problemLabel: z.string(),
  /** the latest supervision card of trigger `fee_outside_catalog` on this case, if any */
  card: z
    .object({
      id: z.string(),
      color: z.enum(['yellow', 'red']),
      status: z.enum(['open', 'answered', 'closed']),
      issuedAt: z.string(),
    })
    .nullable(),
});

type AnomalyCard = { id: string; color: 'yellow' | 'red'; status: 'open' | 'answered' | 'closed'; issuedAt: string };

/** The newest `fee_outside_catalog` card of each case (cases come at most 500 at a time). */
async function latestFeeCards(db: Db, caseIds: string[]): Promise<Map<string, AnomalyCard>> {
  const out = new Map<string, AnomalyCard>();
  if (caseIds.length === 0) return out;
  const rows = await db
    .selectFrom('supervision_cards')
    .select(['id', 'case_id', 'color', 'status', 'issued_at'])
    .where('trigger', '=', 'fee_outside_catalog')
    .where('case_id', 'in', caseIds)
    .orderBy('issued_at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    if (!r.case_id) continue;
    out.set(r.case_id, {
      id: r.id,
      color: r.color as AnomalyCard['color'],
      status: r.status as AnomalyCard['status'],
      issuedAt: r.issued_at,
    });
  }
  return out;
}

/** Cases the unified fee window never saw money for, although their item charges fees. */
const FINISHED = ['decided', 'delivered', 'closed'];

/**
 * Supervision 电子监察 of "一个漏斗": a finished case of an item whose current fee catalog charges
 * something, without any paid notice, suggests the fee was collected outside the unified window
 * (or waived without an approval). The supervisor follows up, e.g. with a card of trigger
 * `fee_outside_catalog` (src/modules/supervision).
 */
export async function feeAnomalyRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;
  r.get(
    '/api/v1/halls/:hallId/fee-anomalies',
    {
      schema: {
        tags: ['fees'],
        summary: '疑似未经统一收费窗口收费的办件',
        params: HallParams,
        response: { 200: z.array(FeeAnomalyView) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const rows = await db
        .selectFrom('cases as c')
        .innerJoin('departments as d', 'd.id', 'c.department_id')
        .select([
          'c.id',
          'c.number',
          'c.item_id',
          'c.item_name',
          'c.department_id',
          'd.name as department_name',
          'c.status',
          'c.decided_on',
          'c.delivered_on',
        ])
        .where('c.hall_id', '=', req.params.hallId)
        .where('c.status', 'in', FINISHED)
        .where((eb) => eb.or([eb('c.decision', 'is', null), eb('c.decision', '!=', 'deny')]))
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('fee_catalog_versions as v')
              .innerJoin('fee_lines as l', 'l.catalog_version_id', 'v.id')
              .select('l.id')
              .whereRef('v.item_id', '=', 'c.item_id')
              .where('v.is_current', '=', 1),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('fee_notices as n')
                .select('n.id')
                .whereRef('n.case_id', '=', 'c.id')
                .where('n.status', '=', 'paid'),
            ),
          ),
        )
        .orderBy('c.received_on', 'desc')
        .orderBy('c.number', 'desc')
        .limit(500)
        .execute();
      const cards = await latestFeeCards(
        db,
        rows.map((c) => c.id),
      );
      return rows.map((c) => ({
        caseId: c.id,
        caseNumber: c.number,
        itemId: c.item_id,
        itemName: c.item_name,
        departmentId: c.department_id,
        departmentName: c.department_name,
        status: c.status,
        decidedOn: c.decided_on,
        deliveredOn: c.delivered_on,
        problem: 'no_unified_payment' as const,
        problemLabel: '收费事项已办结，但统一收费窗口没有收款记录（疑似在部门自行收费或未经审批减免）',
        card: cards.get(c.id) ?? null,
      }));
    },
  );
}
