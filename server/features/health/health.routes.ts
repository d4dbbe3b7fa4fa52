import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.ts';

/** Liveness for operators and load balancers: the process answers and the database responds. */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: 'Health check (no sign-in needed)',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), now: z.string() }) },
      },
    },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, now: deps.clock.now().toISOString() };
    },
  );
}
