import http from 'node:http';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario } from '../features/customers/customer-list.scenario.ts';
import { type Browser, buildTestApp, signInAs } from '../testing/app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { type CsvRecord, sendCsv } from './csv-response.ts';
import type { DatabaseHandle } from './db.ts';

/** Issue #9: a streamed export that fails half-way ends its own response; the hub keeps serving. */
let handle: DatabaseHandle;
let app: FastifyInstance;
let partner: Browser;
let baseUrl: string;
const errorsLogged: { message: string; error: unknown }[] = [];

/** Keeps what the app logs as errors; everything else is dropped as in the silent test app. */
const capturingLogger = {
  level: 'info',
  error: (details: { err?: unknown }, message: string) => errorsLogged.push({ message, error: details.err }),
  fatal: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  trace: () => {},
  silent: () => {},
  child: () => capturingLogger,
} as unknown as FastifyBaseLogger;

/** What a real HTTP client receives of a streamed response, and whether the server cut it short. */
function receive(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status?: number; body: string; cut: boolean }>((resolve, reject) => {
    http
      .get(`${baseUrl}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', () => {});
        response.on('close', () =>
          resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString(), cut: !response.complete }),
        );
      })
      .on('error', reject);
  });
}

async function* recordsFailingAfter(rows: number): AsyncGenerator<CsvRecord> {
  yield ['Name', 'Licences'];
  for (let row = 1; row <= rows; row++) yield [`Customer ${row}`, row];
  throw new Error('connection to the database lost');
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  app.addHook('onRequest', async (request, reply) => {
    request.log = capturingLogger;
    reply.log = capturingLogger;
  });
  app.get('/test/failing.csv', { config: { public: true } }, (_request, reply) =>
    sendCsv(reply, 'failing', recordsFailingAfter(3)),
  );
  await createScenario(handle.db);
  partner = await signInAs(app, 'full@p1.test');
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('a CSV export whose source fails half-way', () => {
  it('sends the rows read so far, ends that response, logs the failure, and the app answers afterwards', async () => {
    errorsLogged.length = 0;
    const response = await receive('/test/failing.csv');
    expect(response).toEqual({
      status: 200,
      body: 'Name,Licences\nCustomer 1,1\nCustomer 2,2\nCustomer 3,3\n',
      cut: true,
    });
    expect(errorsLogged).toEqual([
      {
        message: expect.stringContaining('failing.csv failed'),
        error: expect.objectContaining({ message: 'connection to the database lost' }),
      },
    ]);
    expect((await partner.request('GET', '/api/v1/customers?q=alpha')).statusCode).toBe(200);
  });

  const exports = [
    { url: '/api/v1/customers.csv', table: 'customer_list_entries', header: 'Name,Admin e-mail,' },
    { url: '/api/v1/analytics/calling/queues/export.csv', table: 'call_queue_weekly', header: 'Customer,' },
  ];
  for (const { url, table, header } of exports) {
    it(`${url}: a query error ends that response only; the export works again once the database does`, async () => {
      errorsLogged.length = 0;
      await handle.db.execute(sql.raw(`alter table ${table} rename to ${table}_away`));
      try {
        const failed = await receive(url, { cookie: partner.cookie });
        expect(failed).toEqual({ status: 200, body: expect.stringMatching(new RegExp(`^${header}.*\\n$`)), cut: true });
        expect(errorsLogged.map((e) => e.message)).toEqual([expect.stringContaining('.csv failed')]);
      } finally {
        await handle.db.execute(sql.raw(`alter table ${table}_away rename to ${table}`));
      }
      const again = await receive(url, { cookie: partner.cookie });
      expect(again).toMatchObject({ status: 200, body: expect.stringContaining(header), cut: false });
    });
  }
});
