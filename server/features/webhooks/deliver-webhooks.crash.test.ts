import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEndpointWithSecret } from '../../../domain/contracts/webhooks.ts';
import { webhookRetryDelayMs } from '../../../domain/webhooks.ts';
import { rowsOf } from '../../platform/db.ts';
import { demoPassword } from '../../seed/demo.ts';
import { createProcessDatabase } from '../../testing/database.ts';
import {
  HubClient,
  type ProcessDatabase,
  type ServerProcess,
  startServerProcess,
} from '../../testing/server-process.ts';
import { newCustomerTrial } from '../trials/trials.fixtures.ts';
import { DELIVERY_CONCURRENCY } from './deliver-webhooks.ts';

/**
 * NOT-2 under REL-3: the real server, SIGKILLed twice while webhook deliveries are in flight — its requests taken
 * by a loopback receiver that holds the answers, the worst moment — and started again. Every event arrives, none
 * is lost, and every request of an event carries that event's one `webhook-id` (a repeat under the same id is
 * what Standard Webhooks receivers deduplicate; another id would be a second event to them). The deliveries in
 * flight at a kill are due again after their lease (the first retry delay): the demo clock is moved past it.
 */

const TRIALS = 12;
const WAIT_MS = 30_000;

interface Request {
  webhookId: string;
  headers: Record<string, string>;
  body: string;
}

/** The receiver: answers 204, or holds the answers (after answering `answerFirst` more) while `holding`. */
const receiver = {
  requests: [] as Request[],
  held: [] as http.ServerResponse[],
  holding: false,
  answerFirst: 0,
};
let server: http.Server;
let receiverUrl: string;
let database: ProcessDatabase;
const started: ServerProcess[] = [];

async function until(what: string, done: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + WAIT_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function start() {
  const hub = await startServerProcess({ database });
  started.push(hub);
  return hub;
}

/** Moves the demo clock past the lease of the deliveries that were in flight, so the worker takes them again. */
let clockOffsetMs = 0;
async function passLeases(operator: HubClient, attempt: number) {
  clockOffsetMs += webhookRetryDelayMs(attempt) + 60_000;
  await operator.ok('POST', '/api/v1/demo/clock', { to: new Date(Date.now() + clockOffsetMs).toISOString() });
}

beforeAll(async () => {
  database = await createProcessDatabase();
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const headers = request.headers as Record<string, string>;
      receiver.requests.push({ webhookId: headers['webhook-id'] ?? '', headers, body });
      if (receiver.holding && receiver.answerFirst === 0) {
        receiver.held.push(response);
        return;
      }
      if (receiver.answerFirst > 0) receiver.answerFirst -= 1;
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  for (const hub of started) await hub.kill();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

describe(`the server killed during webhook deliveries (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('after restarts, delivers every event, each only ever under its own webhook-id', async () => {
    let hub = await start();
    let operator = await HubClient.signIn(hub.url, 'operator@vendor.demo', demoPassword);
    let partner = await HubClient.signIn(hub.url, 'full@partner1.demo', demoPassword);
    await operator.ok('PUT', '/api/v1/webhooks/settings', { allowPrivateAddresses: true });
    const { endpoint, secret } = await partner.ok<WebhookEndpointWithSecret>('POST', '/api/v1/webhooks/endpoints', {
      url: receiverUrl,
      eventTypes: ['customer.created'],
    });

    // First kill: every request the worker sent is held, none answered.
    receiver.holding = true;
    for (let i = 0; i < TRIALS; i++) {
      await partner.ok(
        'POST',
        '/api/v1/trials',
        newCustomerTrial({ companyName: `Hook Crash ${i}`, adminEmail: `admin${i}@hook-crash.example` }),
      );
    }
    await until('the first deliveries in flight', () => receiver.held.length >= DELIVERY_CONCURRENCY);
    await hub.kill();
    const firstKill = receiver.requests.length;
    receiver.held.length = 0;

    // Second kill: a few answered, the next ones held.
    receiver.answerFirst = 3;
    hub = await start();
    operator = operator.at(hub.url);
    partner = partner.at(hub.url);
    await passLeases(operator, 1);
    await until('the second deliveries in flight', () => receiver.answerFirst === 0 && receiver.held.length > 0);
    await hub.kill();
    receiver.held.length = 0;

    // Then every answer given: everything still pending goes out.
    receiver.holding = false;
    hub = await start();
    operator = operator.at(hub.url);
    partner = partner.at(hub.url);
    await passLeases(operator, 2);
    const pending = async () => {
      const { items } = await partner.ok<{ items: unknown[] }>(
        'GET',
        `/api/v1/webhooks/endpoints/${endpoint.id}/deliveries?status=pending&limit=200`,
      );
      return items.length === 0;
    };
    await until('every delivery delivered', pending);
    await hub.stop();

    const deliveries = await database.use(async ({ db }) =>
      rowsOf<{ event_id: string; webhook_id: string; status: string }>(
        await db.execute(sql`select event_id, webhook_id, status from webhook_deliveries
          where endpoint_id = ${endpoint.id}`),
      ),
    );
    expect(deliveries).toHaveLength(TRIALS);
    expect(deliveries.filter((d) => d.status !== 'delivered')).toEqual([]);
    const webhookIdOf = new Map(deliveries.map((d) => [d.event_id, d.webhook_id]));
    const verifier = new Webhook(secret);
    for (const request of receiver.requests) {
      const event = verifier.verify(request.body, request.headers) as { id: string };
      expect(request.webhookId, `event ${event.id}`).toBe(webhookIdOf.get(event.id));
    }
    const arrived = new Set(receiver.requests.map((r) => r.webhookId));
    expect([...arrived].sort()).toEqual(deliveries.map((d) => d.webhook_id).sort());
    // The kills did interrupt deliveries: some events came more than once, under their own id.
    expect(firstKill).toBeGreaterThanOrEqual(DELIVERY_CONCURRENCY);
    expect(receiver.requests.length).toBeGreaterThan(TRIALS);
    console.log(
      `webhook crash: ${TRIALS} events, ${receiver.requests.length} requests, ${receiver.requests.length - arrived.size} repeats under the same id`,
    );
  }, 240_000);
});
