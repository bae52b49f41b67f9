import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { dayInfo } from '../../domain/calendar.js';
import { daysBetween, eachDate } from '../../domain/calendar-date.js';
import { dueDate } from '../../domain/deadline.js';
import { withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { loadHallCalendar } from './resolve.js';
import { DayEntrySchema, DaysQuery, DueDateQuery, DueDateResponse, MAX_RANGE_DAYS } from './schema.js';

/** Public calendar look-ups (no login): a hall's working days and promised dates. */
export async function calendarPublicRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  const calendarOf = async (hallId: string) => {
    const cal = await loadHallCalendar(db, hallId);
    if (!cal) throw new AppError('NOT_FOUND', '大厅不存在');
    return cal.calendar;
  };

  r.get(
    '/api/v1/calendar/due-date',
    {
      schema: {
        tags: ['public'],
        summary: '按大厅工作日历计算承诺办结日（受理次日起第 N 个工作日）',
        querystring: DueDateQuery,
        response: { 200: DueDateResponse },
      },
    },
    async (req) => {
      const { hallId, from, days } = req.query;
      const result = dueDate(await calendarOf(hallId), from, days);
      return { dueOn: result.dueOn, provisional: result.provisional };
    },
  );

  r.get(
    '/api/v1/calendar/days',
    {
      schema: {
        tags: ['public'],
        summary: `大厅工作日历（逐日，最多 ${MAX_RANGE_DAYS} 天）`,
        querystring: DaysQuery,
        response: { 200: z.array(DayEntrySchema) },
      },
    },
    async (req) => {
      const { hallId, from, to } = req.query;
      const span = daysBetween(from, to) + 1;
      if (span < 1) throw new AppError('VALIDATION_FAILED', '结束日期不能早于开始日期');
      if (span > MAX_RANGE_DAYS) throw new AppError('VALIDATION_FAILED', `查询范围不能超过 ${MAX_RANGE_DAYS} 天`);
      const cal = await calendarOf(hallId);
      return [...eachDate(from, to)].map((date) => {
        const d = dayInfo(cal, date);
        return { date, working: d.working, kind: d.kind, ...(d.name ? { name: d.name } : {}) };
      });
    },
  );
}
