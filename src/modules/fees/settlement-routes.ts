import type { FastifyInstance } from 'fastify';
import { sumFen } from '../../domain/fee-money.js';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorizeHall } from '../auth/scope.js';
import { contentDisposition } from '../catalog/file-rules.js';
import { feeToday } from './clock.js';
import { closeSettlement } from './close-settlement.js';
import { settlementWorkbook } from './export-settlement.js';
import { findDepartment } from './repository.js';
import { DayQuery, ExportQuery, HallDeptParams, HallParams, SettlementCloseSchema } from './schema.js';
import { dayEntries, daySettlements, entryViews, settlementView } from './settlements.js';
import { DaySettlementsView, SettlementDetailView, SettlementView } from './views.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Daily settlement 日结 per receiving department: view, close, export. */
export async function feeSettlementRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/halls/:hallId/fee-settlements',
    {
      schema: {
        tags: ['fees'],
        summary: '日结（各收款部门）',
        params: HallParams,
        querystring: DayQuery,
        response: { 200: DaySettlementsView },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const day = req.query.day ?? feeToday(app.yz);
      const rows = await daySettlements(db, req.params.hallId, day);
      return {
        hallId: req.params.hallId,
        day,
        rows,
        totals: {
          paymentsFen: sumFen(rows.map((x) => x.paymentsFen)),
          refundsFen: sumFen(rows.map((x) => x.refundsFen)),
          netFen: sumFen(rows.map((x) => x.netFen)),
          waivedFen: sumFen(rows.map((x) => x.waivedFen)),
        },
      };
    },
  );

  r.get(
    '/api/v1/halls/:hallId/fee-settlements/:departmentId',
    {
      schema: {
        tags: ['fees'],
        summary: '某部门某日的日结明细',
        params: HallDeptParams,
        querystring: DayQuery,
        response: { 200: SettlementDetailView },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const dept = await findDepartment(db, req.params.departmentId);
      if (!dept || dept.hall_id !== req.params.hallId) throw new AppError('NOT_FOUND', '部门不存在');
      const day = req.query.day ?? feeToday(app.yz);
      const entries = await dayEntries(db, dept.hall_id, day, dept.id);
      const row = await db
        .selectFrom('fee_settlements')
        .selectAll()
        .where('hall_id', '=', dept.hall_id)
        .where('department_id', '=', dept.id)
        .where('day', '=', day)
        .executeTakeFirst();
      const view = await settlementView(db, dept.hall_id, dept.id, dept.name, day, row, entries);
      return { ...view, entries: await entryViews(db, entries) };
    },
  );

  r.post(
    '/api/v1/halls/:hallId/fee-settlements/close',
    {
      schema: {
        tags: ['fees'],
        summary: '日结结账',
        params: HallParams,
        body: SettlementCloseSchema,
        response: { 200: SettlementView },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, (trx) => closeSettlement(trx, app.yz, user, actorOf(req), req.params.hallId, req.body));
    },
  );

  r.get(
    '/api/v1/halls/:hallId/fee-settlements.xlsx',
    {
      schema: { tags: ['fees'], summary: '导出日结（Excel）', params: HallParams, querystring: ExportQuery },
    },
    async (req, reply) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const hall = await db
        .selectFrom('halls')
        .select(['id', 'name', 'code'])
        .where('id', '=', req.params.hallId)
        .executeTakeFirstOrThrow();
      const day = req.query.day ?? feeToday(app.yz);
      const all = await daySettlements(db, hall.id, day);
      const views = req.query.departmentId ? all.filter((v) => v.departmentId === req.query.departmentId) : all;
      const buf = await settlementWorkbook(db, hall, day, views);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(`统一收费日结-${hall.code}-${day.replaceAll('-', '')}.xlsx`))
        .header('cache-control', 'no-store')
        .send(buf);
    },
  );
}
