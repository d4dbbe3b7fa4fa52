/** The one error type use cases throw; the HTTP layer turns it into `{ error: { code, message, field? } }`. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 429 with how long to wait; the error handler sends it as `Retry-After`. */
export class TooManyAttempts extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(429, 'rate_limited', message);
  }
}

export const badRequest = (field: string, message: string) => new AppError(400, 'invalid_input', message, field);
export const unauthorized = (message = 'Sign in to continue.') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(403, 'forbidden', message);
/** A row of another tenant reads as 404, never 403 (ARCHITECTURE.md, Tenancy). */
export const notFound = (what = 'The requested item') => new AppError(404, 'not_found', `${what} was not found.`);
export const conflict = (message: string) => new AppError(409, 'conflict', message);
