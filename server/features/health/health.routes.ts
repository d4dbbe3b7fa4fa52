import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { AppError } from '../../platform/errors.ts';
import { checkReadiness } from './readiness.ts';

const checkOutcome = z.enum(['ok', 'failing', 'disabled']);
const readinessResponse = z.object({
  status: z.enum(['ready', 'not_ready']),
  /** The checks that failed, by name; empty when ready. */
  failing: z.array(z.string()),
  checks: z.object({ database: checkOutcome, migrations: checkOutcome, jobs: checkOutcome }),
});

/** Liveness and readiness for operators and load balancers (docs/OPERATIONS.md, Monitoring). */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      config: { public: true, pressureExempt: true },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: 'Liveness: the process answers and the database responds (no sign-in needed)',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), now: z.string() }), 503: errorResponse },
      },
    },
    async () => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch {
        throw new AppError(503, 'database_unreachable', 'The database does not answer.');
      }
      return { status: 'ok' as const, now: deps.clock.now().toISOString() };
    },
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/ready',
    {
      config: { public: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['platform'],
        summary: 'Readiness: database reachable, latest migration applied, job runner started (no sign-in needed)',
        description: '503 names the failing checks. While the server sheds load or shuts down it is 503 as well.',
        security: [],
        // A 503 while shedding load carries the usual error body instead.
        response: { 200: readinessResponse, 503: z.union([readinessResponse, errorResponse]) },
      },
    },
    async (_request, reply) => {
      const { ready, checks } = await checkReadiness(deps.db, deps.jobsRunning);
      const failing = Object.entries(checks).flatMap(([name, outcome]) => (outcome === 'failing' ? [name] : []));
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', failing, checks });
    },
  );
}
