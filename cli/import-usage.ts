import { createReadStream, type ReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { eq } from 'drizzle-orm';
import type { Clock } from '../domain/clock.ts';
import type { RecordError, UsageKind } from '../domain/contracts/usage.ts';
import type { Actor } from '../domain/roles.ts';
import { roleAssignments, users } from '../server/db/schema/index.ts';
import { InvalidJsonLine, ingestUsage } from '../server/features/usage/ingest-usage.ts';
import { loadActorProfile } from '../server/platform/access.ts';
import type { Database } from '../server/platform/db.ts';

/**
 * `channel-hub import`: CAL-8 usage from a file, through the same use case as the HTTP API (same validation,
 * tenancy and idempotency), in batches of 1,000, with progress on stderr (X-2). A record's number in the
 * reports is its position in the file, counting from 0 like the API's `index`.
 */

const IMPORT_BATCH_SIZE = 1_000;
const SHOWN_ERRORS = 20;

/** CSV columns that hold numbers; every other column is text. Empty cells are left out (the record's default). */
const numericColumns = new Set([
  'durationSeconds',
  'mos',
  'packetLossPct',
  'jitterMs',
  'latencyMs',
  'queueWaitSeconds',
  'durationMinutes',
  'participants',
]);

/** A CSV row as the API's record: numbers parsed, `features` split on `;`, the queue columns nested. */
export function recordFromCsv(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const value = raw.trim();
    if (value === '') continue;
    if (numericColumns.has(column)) record[column] = Number(value);
    else if (column === 'features') record.features = value.split(';').map((f) => f.trim());
    else record[column] = value;
  }
  const { queueId, queueOutcome, queueWaitSeconds, ...rest } = record;
  if (queueId !== undefined || queueOutcome !== undefined || queueWaitSeconds !== undefined) {
    rest.queue = { id: queueId, outcome: queueOutcome, waitSeconds: queueWaitSeconds };
  }
  return rest;
}

/** Each record with how many bytes of the file have been consumed up to it (for the progress line). */
export async function* recordsOf(input: ReadStream, format: 'ndjson' | 'csv'): AsyncGenerator<[unknown, number]> {
  if (format === 'csv') {
    const parser = input.pipe(parse({ columns: true, skip_empty_lines: true, bom: true, info: true }));
    for await (const { record, info } of parser) {
      yield [recordFromCsv(record as Record<string, string>), (info as { bytes: number }).bytes];
    }
    return;
  }
  let bytes = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    try {
      yield [JSON.parse(line), bytes];
    } catch (error) {
      yield [new InvalidJsonLine((error as Error).message), bytes];
    }
  }
}

/** Whom the import acts as: `email`'s user, or the first vendor operator; its roles decide what is accepted. */
export async function importActor(db: Database, email?: string): Promise<Actor> {
  const [user] = email
    ? await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()))
    : await db
        .select({ id: roleAssignments.userId })
        .from(roleAssignments)
        .where(eq(roleAssignments.role, 'vendor_operator'))
        .orderBy(roleAssignments.createdAt)
        .limit(1);
  const profile = user ? await loadActorProfile(db, user.id) : null;
  if (!profile) throw new Error(email ? `No active user ${email}.` : 'No vendor operator exists: pass --as <email>.');
  return profile.actor;
}

export interface ImportTotals {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  errors: RecordError[];
}

export async function importUsageFile(
  deps: { db: Database; clock: Clock },
  options: { kind: UsageKind; file: string; format: 'ndjson' | 'csv'; actor: Actor },
  progress: (line: string) => void = () => {},
): Promise<ImportTotals> {
  const totals: ImportTotals = { received: 0, accepted: 0, duplicates: 0, rejected: 0, errors: [] };
  const bytes = statSync(options.file).size;
  const input = createReadStream(options.file, { encoding: 'utf8' });
  const started = performance.now();
  let batch: unknown[] = [];
  let consumed = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const offset = totals.received;
    const result = await ingestUsage(deps, options.actor, options.kind, batch);
    totals.received += result.received;
    totals.accepted += result.accepted;
    totals.duplicates += result.duplicates;
    totals.rejected += result.rejected;
    for (const error of result.errors) totals.errors.push({ ...error, index: error.index + offset });
    batch = [];
    const perSecond = Math.round(totals.received / Math.max(0.001, (performance.now() - started) / 1000));
    const percent = bytes > 0 ? Math.min(100, Math.floor((100 * consumed) / bytes)) : 100;
    progress(
      `${options.kind}: ${percent} % · ${totals.received.toLocaleString('en')} records · ${totals.accepted.toLocaleString('en')} new · ` +
        `${totals.duplicates.toLocaleString('en')} duplicates · ${totals.rejected.toLocaleString('en')} rejected · ` +
        `${perSecond.toLocaleString('en')}/s`,
    );
  };
  for await (const [record, bytesSoFar] of recordsOf(input, options.format)) {
    batch.push(record);
    consumed = bytesSoFar;
    if (batch.length === IMPORT_BATCH_SIZE) await flush();
  }
  await flush();
  return totals;
}

/** Prints the outcome; the first errors with their record numbers. */
export function reportImport(totals: ImportTotals, log: (line: string) => void): void {
  log(
    `Imported ${totals.received} records: ${totals.accepted} new, ${totals.duplicates} duplicates, ${totals.rejected} rejected.`,
  );
  for (const error of totals.errors.slice(0, SHOWN_ERRORS)) {
    log(`  record ${error.index}${error.field ? ` ${error.field}` : ''}: ${error.message}`);
  }
  if (totals.errors.length > SHOWN_ERRORS) log(`  … and ${totals.errors.length - SHOWN_ERRORS} more errors.`);
}
