import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from './errors.ts';

/**
 * Rules every request's input obeys before any contract or handler sees it, so no endpoint can forget them:
 * - no control character (C0 or DEL) in the query string or path parameters, nor in a body's strings and keys
 *   other than tab, line feed and carriage return (PostgreSQL refuses NUL in text, and nothing of ours means
 *   the others);
 * - an operation that defines no body takes none: a body with fields is refused by its first field.
 * Each breach is a 400 `invalid_input` naming the field as the contracts do (`query.q`, `params.id`, `name`).
 */
export function registerRequestInputRules(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    refuseControlCharacters(request);
    if (!request.is404 && !request.routeOptions.schema?.body) refuseUndefinedBody(request.body);
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_EXCEPT_LINE_BREAKS_AND_TAB = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function refuseControlCharacters(request: FastifyRequest) {
  const inUrl =
    controlCharacterIn(request.query, ['query'], ANY_CONTROL) ??
    controlCharacterIn(request.params, ['params'], ANY_CONTROL);
  // A repeated query parameter arrives as an array; the field is still the parameter.
  const found = inUrl
    ? { ...inUrl, path: inUrl.path.slice(0, 2) }
    : controlCharacterIn(request.body, [], CONTROL_EXCEPT_LINE_BREAKS_AND_TAB);
  if (!found) return;
  const field = found.path.length > 0 ? found.path.join('.') : 'body';
  const codePoint = `U+${found.character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  throw badRequest(field, `${field}: contains the control character ${codePoint}, which is not allowed.`);
}

/** A value met while walking, with how it was reached; the path is only spelt out for the one refused. */
type Visit = { value: unknown; key?: string; parent?: Visit };

const pathOf = (visit: Visit, key?: string): string[] => {
  const path = key === undefined ? [] : [key];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * The first string or key holding a forbidden character, depth first. Iterative, so a deeply nested body
 * cannot exhaust the stack.
 */
function controlCharacterIn(
  value: unknown,
  root: string[],
  forbidden: RegExp,
): { path: string[]; character: string } | undefined {
  const pending: Visit[] = [{ value }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === 'string') {
      const character = forbidden.exec(next.value)?.[0];
      if (character) return { path: [...root, ...pathOf(next)], character };
    } else if (next.value !== null && typeof next.value === 'object') {
      const keys = Object.keys(next.value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        const character = forbidden.exec(key)?.[0];
        if (character) return { path: [...root, ...pathOf(next, key)], character };
        pending.push({ value: (next.value as Record<string, unknown>)[key], key, parent: next });
      }
    }
  }
  return undefined;
}

function refuseUndefinedBody(body: unknown) {
  if (body === undefined || body === null || body === '') return;
  if (typeof body === 'object' && !Array.isArray(body)) {
    const [first] = Object.keys(body);
    if (first === undefined) return;
    throw badRequest(first, `${first}: this operation takes no body, so it has no field "${first}".`);
  }
  throw badRequest('body', 'body: this operation takes no body.');
}
