import type { FastifyInstance } from 'fastify';

export async function supervisionRoutes(_app: FastifyInstance): Promise<void> {}
