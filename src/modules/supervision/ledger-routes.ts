import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { actorOf, userOf, withZod } from '../../http/context.js';
import { caseToday } from '../cases/clock.js';
import { exportDisposition, startLedgerExport, writeLedgerXlsx } from './export-ledger.js';
import { readLedger } from './read-ledger.js';
import { HallIdParams, LedgerFilterSchema, LedgerPageSchema, LedgerQuerySchema } from './schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ledger 办件台账: one page with the summary, and the streamed Excel export (ledger.read). */
export async function ledgerRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/halls/:hallId/ledger',
    {
      schema: {
        tags: ['ledger'],
        summary: '办件台账（分页，含按时办结率与提速率）',
        params: HallIdParams,
        querystring: LedgerQuerySchema,
        response: { 200: LedgerPageSchema },
      },
    },
    async (req) => readLedger(db, userOf(req), req.params.hallId, req.query),
  );

  r.get(
    '/api/v1/halls/:hallId/ledger.xlsx',
    {
      schema: {
        tags: ['ledger'],
        summary: '导出办件台账 Excel（流式，申请人已脱敏）',
        params: HallIdParams,
        querystring: LedgerFilterSchema,
      },
    },
    async (req, reply) => {
      const hall = await startLedgerExport(app.yz, userOf(req), actorOf(req), req.params.hallId, req.query);
      const out = new PassThrough();
      writeLedgerXlsx(db, hall.id, req.query, out).then(
        (res) => {
          if (res.aborted) req.log.info({ rows: res.rows }, 'ledger export aborted by the client');
        },
        (err: unknown) => {
          req.log.error({ err }, 'ledger export failed');
          out.destroy(err instanceof Error ? err : new Error(String(err)));
        },
      );
      reply.raw.on('close', () => {
        if (!out.writableFinished) out.destroy();
      });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', exportDisposition(hall.code, caseToday(app.yz)))
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
}
