import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import createClient, { type Client } from 'openapi-fetch';
import type { AuditLogEntry } from '../domain/contracts/audit.ts';
import type { UsageKind } from '../domain/contracts/usage.ts';
import { InvalidJsonLine } from '../server/features/usage/ingest-usage.ts';
import type { paths } from './api-schema.d.ts';
import { type ImportTotals, recordsOf } from './import-usage.ts';

/**
 * `channel-hub api …`: an integrator's commands against a running hub over its public API (NOT-3), with an API
 * token, through the client typed from the hub's own OpenAPI document (`cli/api-schema.d.ts`, openapi-fetch).
 * Unlike the operator's commands they need no database access: only the hub's address and a token.
 */

export type HubClient = Client<paths>;

export function hubClient(options: { url: string; token: string; fetch?: typeof fetch }): HubClient {
  return createClient<paths>({
    baseUrl: options.url.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** A refusal of the hub as the message its error body carries. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    body: unknown,
  ) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    super(`The hub answered ${status}${error?.code ? ` ${error.code}` : ''}: ${error?.message ?? 'no details'}`);
    this.name = 'HubError';
  }
}

/** Who the token acts as. */
export async function whoAmI(client: HubClient) {
  const { data, error, response } = await client.GET('/api/v1/me');
  if (!data) throw new HubError(response.status, error);
  return { name: data.user.name, email: data.user.email, organisation: data.organisation.name, roles: data.roles };
}

export interface AuditLogOptions {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  /** At most this many entries (newest first). */
  max: number;
}

/** The token's reach of the audit log, newest first, following the cursor page by page. */
export async function* auditLogEntries(client: HubClient, options: AuditLogOptions): AsyncGenerator<AuditLogEntry> {
  const { max, ...filters } = options;
  let cursor: string | undefined;
  let left = max;
  while (left > 0) {
    const { data, error, response } = await client.GET('/api/v1/audit-log', {
      params: { query: { ...filters, limit: Math.min(200, left), ...(cursor ? { cursor } : {}) } },
    });
    if (!data) throw new HubError(response.status, error);
    for (const entry of data.items) yield entry as AuditLogEntry;
    left -= data.items.length;
    if (!data.nextCursor) return;
    cursor = data.nextCursor;
  }
}

const PUSH_BATCH_SIZE = 1_000;

/**
 * Sends a usage file (NDJSON or CSV) to `POST /api/v1/usage/{kind}` in batches. Each batch carries an
 * `Idempotency-Key` derived from its content, so a push repeated after a failure replays the batches the hub
 * already took instead of sending them again (and the hub also counts a stored record id as a duplicate).
 */
export async function pushUsage(
  client: HubClient,
  options: { kind: UsageKind; file: string; format: 'ndjson' | 'csv'; batchSize?: number },
  progress: (line: string) => void = () => {},
): Promise<ImportTotals> {
  const totals: ImportTotals = { received: 0, accepted: 0, duplicates: 0, rejected: 0, errors: [] };
  const size = options.batchSize ?? PUSH_BATCH_SIZE;
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const body = JSON.stringify(batch);
    const key = `push-usage-${options.kind}-${createHash('sha256').update(body).digest('hex')}`;
    const { data, error, response } = await client.POST('/api/v1/usage/{kind}', {
      params: { path: { kind: options.kind }, header: { 'idempotency-key': key } },
      body: batch as never,
    });
    if (!data) throw new HubError(response.status, error);
    const offset = totals.received;
    totals.received += data.received;
    totals.accepted += data.accepted;
    totals.duplicates += data.duplicates;
    totals.rejected += data.rejected;
    for (const recordError of data.errors) totals.errors.push({ ...recordError, index: recordError.index + offset });
    batch = [];
    progress(`${options.kind}: ${totals.received.toLocaleString('en')} records sent`);
  };
  const input = createReadStream(options.file, { encoding: 'utf8' });
  for await (const [record] of recordsOf(input, options.format)) {
    // A line that is not JSON is sent as null: the hub reports it by its index like any invalid record.
    batch.push(record instanceof InvalidJsonLine ? null : record);
    if (batch.length === size) await flush();
  }
  await flush();
  return totals;
}
