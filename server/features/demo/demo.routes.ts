import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { demoClockRequest, demoClockResponse } from '../../../domain/contracts/auth.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { moveDemoClock } from './move-demo-clock.ts';

/** Registered in demo mode only: in production the endpoint does not exist (ARCHITECTURE.md, Time). */
export async function demoRoutes(app: FastifyInstance, deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/demo/clock',
    {
      schema: {
        operationId: 'moveDemoClock',
        tags: ['demo'],
        summary: 'Move the demo clock forward (vendor operators, demo mode only)',
        body: demoClockRequest,
        response: { 200: demoClockResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const now = await moveDemoClock(deps, actorOf(request), request.body);
      return { now: now.toISOString() };
    },
  );
}
