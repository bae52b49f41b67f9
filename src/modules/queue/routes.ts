import type { FastifyInstance } from 'fastify';
import { queueConfigRoutes } from './config-routes.js';
import { queuePublicRoutes } from './public-routes.js';
import { queueStaffRoutes } from './staff-routes.js';

/** The queue module's routes (docs/api-queue.md): configuration, public kiosk routes, window staff. */
export async function queueRoutes(app: FastifyInstance): Promise<void> {
  await queueConfigRoutes(app);
  await queuePublicRoutes(app);
  await queueStaffRoutes(app);
}
