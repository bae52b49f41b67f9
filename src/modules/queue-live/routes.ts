import type { FastifyInstance } from 'fastify';

export async function queueLiveRoutes(_app: FastifyInstance): Promise<void> {}
