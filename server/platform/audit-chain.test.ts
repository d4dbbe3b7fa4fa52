import { randomUUID } from 'node:crypto';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerify } from '../../cli/audit-verify.ts';
import { ManualClock } from '../../domain/clock.ts';
import { createTestDatabase } from '../testing/database.ts';
import { recordAudit } from './audit.ts';
import { type ChainReport, verifyAuditChain } from './audit-chain.ts';
import { type Database, type DatabaseHandle, rowsOf } from './db.ts';

let handle: DatabaseHandle;
const clock = new ManualClock('2026-11-21T09:00:00.123Z');
const organisations = [randomUUID(), randomUUID(), randomUUID()];
const [first = '', second = ''] = organisations;

const audit = (db: Database, organisationId: string, n: number) =>
  recordAudit(db, clock, null, {
    organisationId,
    action: 'test.changed',
    targetType: 'thing',
    targetId: `thing-${n}`,
    before: { n, nested: { list: [1, 'two', null] } },
    after: { n: n + 1, name: 'Ærø “quoted”' },
  });

beforeAll(async () => {
  handle = await createTestDatabase();
  for (let n = 0; n < 12; n++) {
    clock.advance(1_001);
    await audit(handle.db, organisations[n % 3] ?? first, n);
  }
});
afterAll(async () => {
  await handle.close();
});

/** The second organisation's rows, oldest first. */
const rowsOf2 = async (db: Database) =>
  rowsOf<{ id: number; chain_seq: number; hash: string }>(
    await db.execute(
      sql`select id::float8 as id, chain_seq::float8 as chain_seq, hash from audit_log where organisation_id = ${second} order by id`,
    ),
  );

/** Tampers as the owner inside a transaction, verifies there, and rolls everything back. */
async function verifyAfter(tamper: (tx: Database, rows: { id: number }[]) => Promise<void>): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await handle.db
    .transaction(async (tx) => {
      await tamper(tx, await rowsOf2(tx));
      report = await verifyAuditChain(tx);
      tx.rollback();
    })
    .catch((error) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  if (!report) throw new Error('not verified');
  return report;
}

const lines: string[] = [];

describe('the audit log hash chain', () => {
  it('verifies an untouched log, one chain per organisation in id order', async () => {
    expect(await auditVerify(handle.db, (line) => lines.push(line))).toBe(true);
    const report = await verifyAuditChain(handle.db);
    expect(report).toMatchObject({ rows: 12, organisations: 3, firstBreak: null });
    expect(report.heads.map((h) => h.chainSeq)).toEqual([4, 4, 4]);
    expect((await rowsOf2(handle.db)).map((r) => r.chain_seq)).toEqual([1, 2, 3, 4]);
    expect(lines[0]).toBe('Audit log: 12 rows in 3 organisation chains.');
  });

  it('keeps one chain when many transactions of one organisation write at once', async () => {
    const busy = randomUUID();
    await Promise.all(
      Array.from({ length: 24 }, (_, n) =>
        handle.db.transaction(async (tx) => {
          await audit(tx, busy, n);
          await tx.execute(sql`select count(*) from audit_log where organisation_id = ${busy}`);
          await audit(tx, busy, n + 100);
        }),
      ),
    );
    const report = await verifyAuditChain(handle.db);
    expect(report.firstBreak).toBeNull();
    expect(report.heads.find((h) => h.organisationId === busy)?.chainSeq).toBe(48);
  });

  it('catches a row edited by the owner', async () => {
    const report = await verifyAfter(async (tx, rows) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(
        sql`update audit_log set after = '{"n": 99}' where organisation_id = ${second} and id = ${rows[1]?.id}`,
      );
    });
    const rows = await rowsOf2(handle.db);
    expect(report.firstBreak).toMatchObject({ organisationId: second, id: rows[1]?.id, kind: 'edited' });
  });

  it('catches an edited row whose hash the owner recomputed, at the row after it', async () => {
    const report = await verifyAfter(async (tx, rows) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(
        sql`update audit_log set target_id = 'other' where organisation_id = ${second} and id = ${rows[1]?.id}`,
      );
      await tx.execute(
        sql`update audit_log a set hash = audit_log_row_hash(a) where organisation_id = ${second} and id = ${rows[1]?.id}`,
      );
    });
    const rows = await rowsOf2(handle.db);
    expect(report.firstBreak).toMatchObject({ id: rows[2]?.id, kind: 'broken' });
  });

  it('catches a deleted row', async () => {
    const report = await verifyAfter(async (tx, rows) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`delete from audit_log where organisation_id = ${second} and id = ${rows[1]?.id}`);
    });
    const rows = await rowsOf2(handle.db);
    expect(report.firstBreak).toMatchObject({ id: rows[2]?.id, kind: 'missing' });
    expect(report.firstBreak?.message).toBe(`1 row is missing before row ${rows[2]?.id}`);
  });

  it('catches a row inserted between two others, with a forged or a self-consistent hash', async () => {
    const rows = await rowsOf2(handle.db);
    const [, one, two] = rows;
    if (!one || !two || two.id - one.id < 2) throw new Error('expected a gap in the ids');
    const slippedIn = one.id + 1;
    const insert = (tx: Database) =>
      tx.execute(sql`insert into audit_log (organisation_id, id, action, target_type, target_id, at, chain_seq, prev_hash, hash)
        values (${second}, ${slippedIn}, 'test.changed', 'thing', 'forged', now(), 3, ${one.hash}, 'forged')`);
    const forged = await verifyAfter(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_chain`);
      await insert(tx);
    });
    expect(forged.firstBreak).toMatchObject({ id: slippedIn, kind: 'inserted' });
    const consistent = await verifyAfter(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_chain`);
      await insert(tx);
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`update audit_log a set hash = audit_log_row_hash(a) where id = ${slippedIn}`);
    });
    expect(consistent.firstBreak).toMatchObject({ id: slippedIn, kind: 'inserted' });
  });

  it('tells the operator which row, and fails the command', async () => {
    const printed: string[] = [];
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
        await tx.execute(sql`update audit_log set action = 'test.hidden' where organisation_id = ${second}`);
        expect(await auditVerify(tx, (line) => printed.push(line))).toBe(false);
        tx.rollback();
      })
      .catch((error) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    const firstOfSecond = (await rowsOf2(handle.db))[0]?.id;
    expect(printed.at(-1)).toBe(
      `TAMPERED (edited): organisation ${second}, row ${firstOfSecond} no longer matches its hash: its content was changed.`,
    );
  });
});
