import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import * as schema from '../db/schema/index.ts';
import type { Database } from '../platform/db.ts';
import { codecFor, encodeCopyLine, type TableCodec } from './copy-text.ts';

/**
 * Bulk writer for generated rows. Rows are typed by the Drizzle schema (`$inferInsert`), encoded at once to
 * PostgreSQL's COPY text format, buffered per table and written with COPY:
 * - PostgreSQL: `COPY … FROM STDIN` through `pg-copy-streams`. COPY is several times faster than multi-row
 *   INSERT (no SQL parse, no parameter binding, one round trip per batch), which is what lets data set L load
 *   in minutes; pg-copy-streams is the stream adapter node-postgres itself points to for COPY.
 *   One batch is written while the generator prepares the next, and the usage facts (no foreign keys) go
 *   through a second connection beside the rest, so the generator and two backends share the cores.
 * - PGlite: `COPY … FROM '/dev/blob'` (PGlite's virtual device for an attached Blob), in a transaction per
 *   batch — the same encoding, and faster than INSERT inside the WebAssembly engine.
 * Every batch writes tables in foreign-key order, so a child row's parent is always committed before it.
 * Rows are committed batch by batch: an interrupted load leaves a partial data set (start again on an empty
 * database).
 */

/** Parents before children (the foreign keys of server/db/schema). Tables not listed are never generated. */
const loadOrder: PgTable[] = [
  schema.organisations,
  schema.partnerCustomers,
  schema.users,
  schema.roleAssignments,
  schema.customerAdminAssignments,
  schema.tags,
  schema.customerTags,
  schema.subscriptions,
  schema.subscriptionServices,
  schema.invoices,
  schema.orders,
  schema.trials,
  schema.trialServices,
  schema.trialExtensions,
  schema.deviceShipments,
  schema.deviceReturns,
  schema.licenceAssignments,
  schema.licenceAssignmentEvents,
  schema.phoneNumbers,
  schema.adminSignIns,
  schema.callLegs,
  schema.meetingUsage,
  schema.workspaces,
  schema.workspaceMembers,
  schema.supportAgreements,
  schema.supportPackages,
  schema.entitlements,
  schema.supportCases,
  schema.consumptionRecords,
  schema.supportGroups,
  schema.supportGroupMembers,
  schema.supportCaseAccess,
  schema.resources,
  schema.helpdeskRequests,
];

/**
 * One table's rows of a batch as COPY text bytes. Lines go into the buffer as they are made, so no string
 * outlives its row: the garbage collector then only sees short-lived objects (a third of the generator's
 * time went to collecting retained line strings before).
 */
class TableBuffer {
  bytes = Buffer.allocUnsafe(1 << 16);
  length = 0;
  rows = 0;

  append(line: string): void {
    const room = this.bytes.length - this.length;
    if (room < line.length * 3) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + line.length * 3));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(line, this.length, 'utf8');
    this.rows++;
  }

  contents(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}

type Batch = Map<PgTable, TableBuffer>;

interface CopyTarget {
  /** Writes one batch, tables in load order. */
  write(batch: [TableCodec, Buffer][]): Promise<void>;
  close(): Promise<void>;
  /** Time spent in COPY per table. */
  readonly copyMs: Map<string, number>;
}

function addTime(times: Map<string, number>, table: string, started: number) {
  times.set(table, (times.get(table) ?? 0) + performance.now() - started);
}

export class RowWriter {
  #batch: Batch = new Map();
  #buffered = 0;
  #inFlight: Promise<void> | null = null;
  #counts = new Map<string, number>();
  #waitingMs = 0;

  constructor(
    private readonly target: CopyTarget,
    private readonly batchRows: number,
    /** Whether writing runs outside this thread (PostgreSQL), so generation may continue meanwhile. */
    private readonly overlaps: boolean,
  ) {}

  add<T extends PgTable>(table: T, row: T['$inferInsert']): void {
    const line = encodeCopyLine(codecFor(table), row as Record<string, unknown>);
    let buffer = this.#batch.get(table);
    if (!buffer) {
      if (!loadOrder.includes(table)) throw new Error(`${getTableName(table)} has no place in the load order`);
      buffer = new TableBuffer();
      this.#batch.set(table, buffer);
    }
    buffer.append(line);
    this.#buffered++;
  }

  /** Call between units of generation: writes a batch once enough rows are buffered. */
  async maybeFlush(): Promise<void> {
    if (this.#buffered >= this.batchRows) {
      await this.#startFlush();
    } else if (this.#inFlight && this.overlaps) {
      // Let the socket drain the batch being written while the generator keeps working.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Writes everything buffered and waits until it is stored. */
  async finish(): Promise<void> {
    await this.#startFlush();
    await this.#inFlight;
    this.#inFlight = null;
    await this.target.close();
  }

  /** Rows written (or buffered) per table name. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Milliseconds the generator spent waiting for the database, and the database's time per table. */
  timings(): { waitingMs: number; copyMs: Record<string, number> } {
    return { waitingMs: this.#waitingMs, copyMs: Object.fromEntries(this.target.copyMs) };
  }

  async #startFlush(): Promise<void> {
    if (this.#inFlight) {
      const started = performance.now();
      await this.#inFlight;
      this.#waitingMs += performance.now() - started;
    }
    this.#inFlight = null;
    if (this.#buffered === 0) return;
    const ordered: [TableCodec, Buffer][] = [];
    for (const table of loadOrder) {
      const buffer = this.#batch.get(table);
      if (!buffer?.rows) continue;
      const codec = codecFor(table);
      ordered.push([codec, buffer.contents()]);
      this.#counts.set(codec.name, (this.#counts.get(codec.name) ?? 0) + buffer.rows);
    }
    this.#batch = new Map();
    this.#buffered = 0;
    const writing = this.target.write(ordered);
    if (this.overlaps) {
      // Awaited at the next flush; until then a failure must not count as an unhandled rejection.
      writing.catch(() => {});
      this.#inFlight = writing;
    } else {
      await writing;
    }
  }
}

/** Usage facts have no foreign keys, so a second connection can load them while the first loads the rest. */
const factTables = new Set(['call_legs', 'meeting_usage', 'admin_sign_ins', 'licence_assignment_events']);

class PostgresCopyTarget implements CopyTarget {
  readonly copyMs = new Map<string, number>();
  constructor(
    private readonly main: pg.PoolClient,
    private readonly facts: pg.PoolClient,
  ) {}

  async write(batch: [TableCodec, Buffer][]): Promise<void> {
    await Promise.all([
      this.#copy(
        this.main,
        batch.filter(([codec]) => !factTables.has(codec.name)),
      ),
      this.#copy(
        this.facts,
        batch.filter(([codec]) => factTables.has(codec.name)),
      ),
    ]);
  }

  async #copy(client: pg.PoolClient, batch: [TableCodec, Buffer][]): Promise<void> {
    for (const [codec, text] of batch) {
      const started = performance.now();
      const stream = client.query(copyStreams.from(`${codec.copyStatement} STDIN`));
      stream.end(text);
      await finished(stream);
      addTime(this.copyMs, codec.name, started);
    }
  }

  async close(): Promise<void> {
    for (const client of [this.main, this.facts]) {
      // The connections go back to the application's pool: leave them as they were.
      await client.query('RESET synchronous_commit');
      client.release();
    }
  }
}

class PgliteCopyTarget implements CopyTarget {
  readonly copyMs = new Map<string, number>();
  constructor(private readonly pglite: PGlite) {}

  async write(batch: [TableCodec, Buffer][]): Promise<void> {
    await this.pglite.transaction(async (tx) => {
      for (const [codec, text] of batch) {
        const started = performance.now();
        await tx.query(`${codec.copyStatement} '/dev/blob'`, [], { blob: new Blob([text as Uint8Array<ArrayBuffer>]) });
        addTime(this.copyMs, codec.name, started);
      }
    });
  }

  async close(): Promise<void> {}
}

/** A writer on the database behind a Drizzle handle (node-postgres pool or PGlite). */
export async function openRowWriter(db: Database, options: { batchRows?: number } = {}): Promise<RowWriter> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof PGlite) {
    return new RowWriter(new PgliteCopyTarget(client), options.batchRows ?? 20_000, false);
  }
  if (client instanceof pg.Pool) {
    const [main, facts] = [await client.connect(), await client.connect()];
    // Bulk load: a crash loses at most the last batches, which a re-run replaces anyway.
    for (const connection of [main, facts]) await connection.query('SET synchronous_commit = off');
    return new RowWriter(new PostgresCopyTarget(main, facts), options.batchRows ?? 40_000, true);
  }
  throw new Error('openRowWriter needs a database opened by openPostgres or openPglite');
}
