import type { FastifyInstance } from 'fastify';
import { CASE_STATUS_LABELS, type CaseStatus, FINISHED_STATUSES } from '../../domain/case-state.js';
import { maskName } from '../../domain/mask.js';
import { withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { findCaseByNumber, findDepartmentName } from './repository.js';
import { CompletedListSchema, CompletedQuery, HallIdParams, PublicLookupQuery, PublicLookupSchema } from './schema.js';

const RESULT_LABELS: Record<string, string> = { approve: '准予', deny: '不予' };
const PAGE_SIZE = 20;
/** Guessing a case number and 4 digits: few tries per minute and client. */
const LOOKUP_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** Last 4 characters of a value, digits/letters only, upper-cased. */
const last4 = (s: string) =>
  s
    .replace(/[^0-9A-Za-z]/g, '')
    .slice(-4)
    .toUpperCase();

/** Public case look-up and 办件公示 (no sign-in; nothing personal beyond masked names). */
export async function casePublicRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/public/cases/lookup',
    {
      config: LOOKUP_LIMIT,
      schema: {
        tags: ['public'],
        summary: '办件进度查询（办件编号 + 证件号码或手机号码后四位）',
        querystring: PublicLookupQuery,
        response: { 200: PublicLookupSchema },
      },
    },
    async (req) => {
      const c = await findCaseByNumber(db, req.query.number.toUpperCase());
      const given = req.query.idLast4.toUpperCase();
      const matches =
        c !== undefined &&
        (last4(c.applicant_id_number) === given || (c.contact_phone !== '' && last4(c.contact_phone) === given));
      if (!c || !matches) throw new AppError('NOT_FOUND', '未找到匹配的办件，请核对办件编号和后四位');
      const dept = await findDepartmentName(db, c.department_id);
      return {
        number: c.number,
        status: c.status as CaseStatus,
        statusLabel: CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status,
        itemName: c.item_name,
        departmentName: dept?.name ?? '',
        receivedOn: c.received_on,
        acceptedOn: c.accepted_on,
        dueOn: c.due_on,
        decidedOn: c.decided_on,
        result: c.decision ? (RESULT_LABELS[c.decision] ?? c.decision) : null,
      };
    },
  );

  r.get(
    '/api/v1/public/halls/:hallId/cases/completed',
    {
      schema: {
        tags: ['public'],
        summary: '办件公示（已办结，申请人姓名脱敏）',
        params: HallIdParams,
        querystring: CompletedQuery,
        response: { 200: CompletedListSchema },
      },
    },
    async (req) => {
      const hall = await db.selectFrom('halls').select('id').where('id', '=', req.params.hallId).executeTakeFirst();
      if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
      const base = db
        .selectFrom('cases')
        .where('cases.hall_id', '=', hall.id)
        .where('cases.status', 'in', [...FINISHED_STATUSES])
        .where('cases.decided_on', 'is not', null);
      const [{ n }, rows] = await Promise.all([
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        base
          .innerJoin('departments', 'departments.id', 'cases.department_id')
          .select([
            'cases.number',
            'cases.item_name',
            'cases.applicant_name',
            'cases.decided_on',
            'cases.decision',
            'departments.name as department_name',
          ])
          .orderBy('cases.decided_on', 'desc')
          .orderBy('cases.number', 'desc')
          .limit(PAGE_SIZE)
          .offset((req.query.page - 1) * PAGE_SIZE)
          .execute(),
      ]);
      return {
        page: req.query.page,
        pageSize: PAGE_SIZE,
        total: Number(n),
        rows: rows.map((c) => ({
          number: c.number,
          itemName: c.item_name,
          departmentName: c.department_name,
          applicantName: maskName(c.applicant_name),
          decidedOn: c.decided_on as string,
          result: c.decision ? (RESULT_LABELS[c.decision] ?? c.decision) : '',
        })),
      };
    },
  );
}
