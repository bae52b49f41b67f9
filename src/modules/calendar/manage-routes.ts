import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inConfigTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorizeHall } from '../auth/scope.js';
import { todayInChina } from '../org/dates.js';
import { presentYearDetail, presentYears } from './present.js';
import { loadHallCalendar } from './resolve.js';
import { confirmYear, replaceYear } from './save-year.js';
import {
  CalendarYearDetailSchema,
  CalendarYearSummarySchema,
  ConfirmYearBody,
  HallParams,
  HallYearParams,
  ReplaceYearBody,
} from './schema.js';

/** The hall manager's calendar pages: which years exist, edit a year, confirm a provisional one. */
export async function calendarManageRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  const load = async (hallId: string) => {
    const cal = await loadHallCalendar(db, hallId);
    if (!cal) throw new AppError('NOT_FOUND', '大厅不存在');
    return cal;
  };

  r.get(
    '/api/v1/halls/:hallId/calendar/years',
    {
      schema: {
        tags: ['calendar'],
        summary: '本大厅各年度日历（正式/暂定、继承自哪个大厅）',
        params: HallParams,
        response: { 200: z.array(CalendarYearSummarySchema) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'org.manage', req.params.hallId);
      const cal = await load(req.params.hallId);
      const thisYear = Number(todayInChina().slice(0, 4));
      const years = [...new Set([...cal.stored.keys(), thisYear, thisYear + 1])].sort((a, b) => a - b);
      return presentYears(
        db,
        years.map((y) => cal.resolve(y)),
      );
    },
  );

  r.get(
    '/api/v1/halls/:hallId/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: '某年度日历（节假日与调休上班日）',
        params: HallYearParams,
        response: { 200: CalendarYearDetailSchema },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'org.manage', req.params.hallId);
      const cal = await load(req.params.hallId);
      return presentYearDetail(db, cal.resolve(req.params.year));
    },
  );

  r.put(
    '/api/v1/halls/:hallId/calendar/years/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: '录入/替换本大厅某年度日历',
        params: HallYearParams,
        body: ReplaceYearBody,
        response: { 200: CalendarYearDetailSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const { hallId, year } = req.params;
      const resolved = await inConfigTx(app.yz, (trx) =>
        replaceYear(trx, app.yz.dialect, user, actorOf(req), hallId, year, req.body),
      );
      return presentYearDetail(db, resolved);
    },
  );

  r.post(
    '/api/v1/halls/:hallId/calendar/years/:year/confirm',
    {
      schema: {
        tags: ['calendar'],
        summary: '确认暂定年度日历为正式版（内容不变）',
        params: HallYearParams,
        body: ConfirmYearBody,
        response: { 200: CalendarYearDetailSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const { hallId, year } = req.params;
      const resolved = await inConfigTx(app.yz, (trx) =>
        confirmYear(trx, app.yz.dialect, user, actorOf(req), hallId, year, req.body.version),
      );
      return presentYearDetail(db, resolved);
    },
  );
}
