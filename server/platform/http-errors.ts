import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ErrorResponse, errorResponse } from '../../domain/contracts/common.ts';
import { AppError, TooManyAttempts } from './errors.ts';

/**
 * Turns every error into `{ error: { code, message, field? } }`. Anything a client sent gets a 4xx
 * naming the field; only a fault of ours is a 500, and it is logged.
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof TooManyAttempts) reply.header('retry-after', error.retryAfterSeconds);
  if (error instanceof AppError) {
    return reply.code(error.status).send(body(error.code, error.message, error.field));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0];
    const where = error.validationContext === 'body' ? '' : `${error.validationContext}.`;
    // A strict object's unknown field is reported on the object; name the field itself.
    const unknownKey =
      issue?.keyword === 'unrecognized_keys' ? (issue.params.keys as string[] | undefined)?.[0] : undefined;
    const path = [issue?.instancePath.replace(/^\//, '').replaceAll('/', '.'), unknownKey].filter(Boolean).join('.');
    const field = issue ? `${where}${path}` : undefined;
    const reason = unknownKey === undefined ? issue?.message : 'not a field of this operation.';
    const message = issue ? `${field || error.validationContext}: ${reason}` : 'The request is not valid.';
    return reply.code(400).send(body('invalid_input', message, field?.replace(/\.$/, '') || undefined));
  }
  if (error.statusCode === 429) {
    return reply.code(429).send(body('rate_limited', 'Too many attempts. Wait a minute and try again.'));
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.code(error.statusCode).send(body(error.code ?? 'bad_request', error.message));
  }
  request.log.error(error);
  return reply.code(500).send(body('internal', 'Something went wrong on our side. It has been logged.'));
}

function body(code: string, message: string, field?: string): ErrorResponse {
  return { error: field ? { code, message, field } : { code, message } };
}

export const notFoundBody = (method: string, url: string) =>
  body('not_found', `No route ${method} ${url.split('?')[0]}.`);

/**
 * A path Fastify's router refuses before any route runs (a parameter over 100 characters, broken %-encoding)
 * is bad input like any other: a 400 in the usual error shape.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return reply.code(400).send(body('invalid_path', error.message));
}

type SwaggerTransform = typeof jsonSchemaTransform;

/** Every signed-in operation is reached with the session cookie or an API token (`security` of the document). */
export const signedInSecurity: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

/** The `Idempotency-Key` header of every signed-in POST (idempotency.ts, docs/API.md). */
const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'Makes the POST safe to repeat: a repeat with the same key and request within 24 hours answers the first ' +
        'response (header `Idempotent-Replayed: true`) without doing it again; the same key with another request ' +
        'is a 422, a repeat while the first is still running a 409.',
    ),
});

/**
 * The OpenAPI document's view of a route: its own schema, plus what the platform adds to every operation, so the
 * document lists every status a client can get and how to call it:
 * - 400 on every route (a control character in the query or path, request-input.ts), and on every route that may
 *   take a body 400 for a body that is not JSON and 415 for a content type no parser reads;
 * - on every operation that is not public: its `security` (session cookie or bearer token), 401 (auth.ts), and on
 *   state-changing ones 403 (a missing CSRF token);
 * - on every signed-in POST: the `Idempotency-Key` header, 409 (in flight) and 422 (key reused), idempotency.ts;
 * - 503 while the server sheds load (overload.ts), except on the liveness probe.
 */
export const documentPlatformErrors: SwaggerTransform = (input) => {
  if (!input.schema) return jsonSchemaTransform(input);
  const method = [input.route?.method].flat()[0];
  const takesBody = method !== 'GET' && method !== 'HEAD';
  const config = (input.route?.config ?? {}) as { public?: boolean; pressureExempt?: boolean };
  const signedIn = !config.public;
  const idempotent = signedIn && method === 'POST';
  const platform = {
    400: errorResponse,
    ...(takesBody ? { 415: errorResponse } : {}),
    ...(signedIn ? { 401: errorResponse } : {}),
    ...(signedIn && takesBody ? { 403: errorResponse } : {}),
    ...(idempotent ? { 409: errorResponse, 422: errorResponse } : {}),
    ...(config.pressureExempt ? {} : { 503: errorResponse }),
  };
  const schema = {
    ...input.schema,
    ...(signedIn ? { security: signedInSecurity } : {}),
    ...(idempotent && !input.schema.headers ? { headers: idempotencyHeaders } : {}),
    response: { ...platform, ...(input.schema.response as object | undefined) },
  };
  return jsonSchemaTransform({ ...input, schema });
};
