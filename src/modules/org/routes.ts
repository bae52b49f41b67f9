import type { FastifyInstance } from 'fastify';
import { departmentRoutes } from './department-routes.js';
import { staffRoutes } from './staff-routes.js';
import { windowRoutes } from './window-routes.js';

/** The org module (组织): departments, windows, staff and their window assignments. */
export async function orgRoutes(app: FastifyInstance): Promise<void> {
  await departmentRoutes(app);
  await windowRoutes(app);
  await staffRoutes(app);
}
