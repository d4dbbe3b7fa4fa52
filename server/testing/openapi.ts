import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * The operations of the app's OpenAPI document, and a check that an actual response is one the document
 * declares: its status is listed and its JSON body is valid against the declared schema (issue #18, item 7).
 */

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path, with `{name}` placeholders. */
  path: string;
  security: unknown[] | undefined;
  definition: OperationDefinition;
}

interface MediaType {
  schema?: object;
}
interface OperationDefinition {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
export type JsonSchema = Record<string, unknown>;

export function operationsOf(app: FastifyInstance): Operation[] {
  const document = app.swagger() as unknown as { paths: Record<string, Record<string, OperationDefinition>> };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, definition]) => ({
      operationId: definition.operationId ?? `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      security: definition.security,
      definition,
    })),
  );
}

/** Checks responses against the document; returns what is wrong with one, or null when it is as declared. */
export function responseChecker() {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction | null>();
  const validatorFor = (operation: Operation, status: string) => {
    const key = `${operation.operationId} ${status}`;
    if (!validators.has(key)) {
      const schema = operation.definition.responses[status]?.content?.['application/json']?.schema;
      validators.set(key, schema ? ajv.compile(schema) : null);
    }
    return validators.get(key) ?? null;
  };
  return (operation: Operation, response: LightMyRequestResponse): string | null => {
    const status = String(response.statusCode);
    if (!operation.definition.responses[status]) return `status ${status} is not declared`;
    const validate = validatorFor(operation, status);
    const type = String(response.headers['content-type'] ?? '');
    if (!validate) return response.body === '' || !type.includes('json') ? null : `status ${status} declares no body`;
    if (!type.includes('application/json')) return `status ${status} answered ${type || 'no content type'}`;
    if (validate(response.json())) return null;
    const [first] = validate.errors ?? [];
    return `status ${status} body: ${first?.instancePath || '/'} ${first?.message}`;
  };
}
