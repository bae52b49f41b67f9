import type { FastifyInstance } from 'fastify';
import { calendarManageRoutes } from './manage-routes.js';
import { calendarPublicRoutes } from './public-routes.js';

/** The calendar module (工作日历): public look-ups and the hall manager's year editor. */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  await calendarPublicRoutes(app);
  await calendarManageRoutes(app);
}
