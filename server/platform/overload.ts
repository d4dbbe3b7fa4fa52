import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { ErrorResponse } from '../../domain/contracts/common.ts';
import type { Config } from './config.ts';

/**
 * Load shedding (docs/OPERATIONS.md, Monitoring): while the event loop lags or the heap is past its threshold,
 * every request is answered at once with 503 and `Retry-After`, so a load balancer or client backs off instead of
 * queueing more work on a process that cannot keep up. Liveness is exempt (routes set `config.pressureExempt`):
 * an overloaded process is alive, and restarting it would only lose its work in flight.
 */
export async function registerOverloadProtection(app: FastifyInstance, overload: Config['overload']): Promise<void> {
  const retryAfter = String(overload.retryAfterSeconds);
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: overload.maxEventLoopDelayMs,
    maxHeapUsedBytes: overload.maxHeapUsedBytes,
    retryAfter: overload.retryAfterSeconds,
    pressureHandler: async (request, reply, type) => {
      if ((request.routeOptions.config as { pressureExempt?: boolean }).pressureExempt) return;
      const body: ErrorResponse = {
        error: { code: 'overloaded', message: `The server is overloaded (${type}). Try again shortly.` },
      };
      await reply.code(503).header('retry-after', retryAfter).send(body);
    },
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answer even while the server sheds load (liveness). */
    pressureExempt?: boolean;
  }
}
