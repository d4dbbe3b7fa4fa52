import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ManualClock } from '../../domain/clock.ts';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { TEST_PASSWORD } from './fixtures.ts';

export const TEST_START = '2026-11-21T09:00:00.000Z';

export async function buildTestApp(db: Database, overrides: Partial<Config> = {}) {
  const clock = new ManualClock(TEST_START);
  // No load shedding on a busy test machine; the overload tests set their own thresholds.
  const config = {
    ...loadConfig({ CHANNEL_HUB_DEMO: '1', LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0' }),
    ...overrides,
  };
  const app = await buildApp({ config, db, clock });
  return { app, clock, config };
}

/** A signed-in browser: its session cookie and CSRF token, ready to send requests. */
export interface Browser {
  cookie: string;
  csrfToken: string;
  request(
    method: string,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function signInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Browser> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    request: (method, url, payload, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: payload as object | undefined,
        headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
      }),
  };
}
