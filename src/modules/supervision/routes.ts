import type { FastifyInstance } from 'fastify';
import { ledgerRoutes } from './ledger-routes.js';
import { supervisionViewRoutes } from './supervision-routes.js';
import { thresholdRoutes } from './thresholds-routes.js';

/** Electronic supervision 电子监察 (running-case colours, warnings, cards) and the ledger 办件台账. */
export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  await supervisionViewRoutes(app);
  await ledgerRoutes(app);
  await thresholdRoutes(app);
}
