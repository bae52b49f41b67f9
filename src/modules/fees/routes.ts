import type { FastifyInstance } from 'fastify';
import { feeAnomalyRoutes } from './anomaly-routes.js';
import { feeCatalogRoutes } from './catalog-routes.js';
import { feeNoticeRoutes } from './notice-routes.js';
import { feeRequestRoutes } from './request-routes.js';
import { feeSettlementRoutes } from './settlement-routes.js';

/** Unified fee collection 统一收费 "一个漏斗" (docs/api-fees.md). */
export async function feeRoutes(app: FastifyInstance): Promise<void> {
  await feeCatalogRoutes(app);
  await feeNoticeRoutes(app);
  await feeRequestRoutes(app);
  await feeSettlementRoutes(app);
  await feeAnomalyRoutes(app);
}
