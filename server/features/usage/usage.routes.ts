import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import { ingestResult, usageBatchBody, usageKindParams } from '../../../domain/contracts/usage.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { InvalidJsonLine, ingestUsage } from './ingest-usage.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };

/** NDJSON: one record per line; a line that is not JSON becomes an error of that record, not of the batch. */
function parseNdjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        return new InvalidJsonLine((error as Error).message);
      }
    });
}

export async function usageRoutes(app: FastifyInstance, deps: AppDeps) {
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseNdjson(body as string));
  });
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/usage/:kind',
    {
      schema: {
        operationId: 'ingestUsage',
        tags: ['usage'],
        summary: 'Ingest usage records: calls, meetings, licence-assignments or sign-ins (CAL-8)',
        description:
          'The body is a JSON array or NDJSON (`Content-Type: application/x-ndjson`) of up to 10,000 records. ' +
          'Each record is validated on its own: valid ones are stored, invalid ones are reported by index and ' +
          'field. A record id already stored for the customer counts as a duplicate and changes nothing. ' +
          'Partner full administrators send usage for their linked customers; vendor operators for any.',
        params: usageKindParams,
        body: usageBatchBody,
        response: { 200: ingestResult, ...errors },
      },
    },
    async (request) => ingestUsage(deps, actorOf(request), request.params.kind, request.body),
  );
}
