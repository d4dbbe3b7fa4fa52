/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie (same origin).
 * State-changing requests carry the CSRF token from the session (`x-csrf-token`). Error bodies of the shape
 * `{ error: { code, message, field? } }` become an ApiError; a 401 from any call (except those that expect
 * one, such as sign-in and the session probe) tells the app to return to the sign-in page.
 */
import type { ErrorResponse } from '../../domain/contracts/common.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Seconds from a `Retry-After` header (429), when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: { status: number; code: string; message: string; field?: string; retryAfterSeconds?: number }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The request never got an answer (server down, network gone). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Called whenever a session is read or created (sign-in, GET /me); cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app registers what a 401 means for it (drop the session, go to sign-in). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  /** Query parameters; undefined values are left out, arrays repeat the key. */
  query?: Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 is an expected answer of this call (sign-in, session probe): do not leave the page. */
  expectUnauthorized?: boolean;
  headers?: Record<string, string>;
}

const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

async function toApiError(res: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(res.headers.get('retry-after'));
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const err = (body as Partial<ErrorResponse> | undefined)?.error;
  if (err && typeof err.code === 'string') {
    return new ApiError({
      status: res.status,
      code: err.code,
      message: typeof err.message === 'string' ? err.message : res.statusText,
      ...(typeof err.field === 'string' ? { field: err.field } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    });
  }
  return new ApiError({
    status: res.status,
    code: res.status === 429 ? 'rate_limited' : `http_${res.status}`,
    message: res.statusText || `HTTP ${res.status}`,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }

  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.expectUnauthorized) onUnauthorized?.();
    throw error;
  }
  if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return (await res.text()) as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
