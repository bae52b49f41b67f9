import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus } from '../../domain/case-state.js';
import { CASE_KINDS } from '../../domain/guide.js';
import { maskIdNumber } from '../../domain/mask.js';
import { userOf, withZod } from '../../http/context.js';
import { authorizeHall } from '../auth/scope.js';
import { HallIdParams } from './schema.js';

export const CaseListQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  /** case number or applicant name, prefix match */
  q: z.string().trim().max(50).optional(),
  /** only cases received by the caller */
  mine: z.coerce.boolean().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const CaseListSchema = z.object({
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      itemName: z.string(),
      kind: z.enum(CASE_KINDS),
      status: z.enum(CASE_STATUSES),
      statusLabel: z.string(),
      applicantName: z.string(),
      applicantIdNumber: z.string(),
      receivedOn: z.string(),
      acceptedOn: z.string().nullable(),
      dueOn: z.string().nullable(),
      rowVersion: z.number(),
    }),
  ),
});

const PAGE_SIZE = 50;

/** The window's case list (newest first; ID numbers masked). The full register is the ledger. */
export async function listCaseRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;
  r.get(
    '/api/v1/halls/:hallId/cases',
    {
      schema: {
        tags: ['cases'],
        summary: '窗口办件列表',
        params: HallIdParams,
        querystring: CaseListQuery,
        response: { 200: CaseListSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      await authorizeHall(db, user, 'case.read', req.params.hallId);
      const { status, q, mine, page } = req.query;
      const rows = await db
        .selectFrom('cases')
        .select([
          'id',
          'number',
          'item_name',
          'kind',
          'status',
          'applicant_name',
          'applicant_id_number',
          'received_on',
          'accepted_on',
          'due_on',
          'row_version',
        ])
        .where('hall_id', '=', req.params.hallId)
        .$if(!!status, (qb) => qb.where('status', '=', status as string))
        .$if(!!mine, (qb) => qb.where('received_by', '=', user.id))
        .$if(!!q, (qb) =>
          qb.where((eb) => eb.or([eb('number', 'like', `${q}%`), eb('applicant_name', 'like', `${q}%`)])),
        )
        .orderBy('received_at', 'desc')
        .orderBy('number', 'desc')
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
        .execute();
      return {
        page,
        pageSize: PAGE_SIZE,
        rows: rows.map((c) => ({
          id: c.id,
          number: c.number,
          itemName: c.item_name,
          kind: c.kind as (typeof CASE_KINDS)[number],
          status: c.status as CaseStatus,
          statusLabel: CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status,
          applicantName: c.applicant_name,
          applicantIdNumber: maskIdNumber(c.applicant_id_number),
          receivedOn: c.received_on,
          acceptedOn: c.accepted_on,
          dueOn: c.due_on,
          rowVersion: c.row_version,
        })),
      };
    },
  );
}
