import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../domain/contracts/common.ts';
import {
  sentMailListResponse,
  sentMailMessage,
  sentMailParams,
  sentMailQuery,
} from '../../../domain/contracts/mail.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { getSentMail } from './get-sent-mail.ts';
import { listSentMail } from './list-sent-mail.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** NOT-1: the e-mail outbox as the vendor operators' Sent mail page reads it. */
export async function mailRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sent mail'];
  api.get(
    '/api/v1/sent-mail',
    {
      schema: {
        operationId: 'listSentMail',
        tags,
        summary: 'Every e-mail the hub queued, newest first, with delivery status (vendor operators)',
        querystring: sentMailQuery,
        response: { 200: sentMailListResponse, ...errors },
      },
    },
    async (request) => listSentMail(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/sent-mail/:id',
    {
      schema: {
        operationId: 'getSentMail',
        tags,
        summary: 'One e-mail with its headers and text body (vendor operators)',
        params: sentMailParams,
        response: { 200: sentMailMessage, ...errors },
      },
    },
    async (request) => getSentMail(deps, actorOf(request), request.params.id),
  );
}
