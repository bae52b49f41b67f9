import type { FastifyInstance } from 'fastify';

export async function caseReviewRoutes(_app: FastifyInstance): Promise<void> {}
