import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { buildTestApp, signInAs, TEST_START } from '../testing/app.ts';
import { createTestDatabase } from '../testing/database.ts';
import { createOrganisation, createUser } from '../testing/fixtures.ts';
import { recordAudit } from './audit.ts';
import { verifyAuditChain } from './audit-chain.ts';
import { loadConfig } from './config.ts';
import { pendingMigrationCount, prepareDatabase, prepareForServer, roleOf } from './database-roles.ts';
import { type DatabaseHandle, openPostgres, type PostgresHandle } from './db.ts';
import { JobRunner } from './jobs.ts';

/** PostgreSQL only (`*.postgres-test.ts`, included when DATABASE_URL is set): roles exist only there. */
describe('PostgreSQL: the server runs as a runtime role that owns nothing', () => {
  let owner: PostgresHandle;
  let runtime: PostgresHandle;
  let ownerUrl: string;
  let runtimeUrl: string;
  const role = `ch_runtime_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const handle: DatabaseHandle = await createTestDatabase();
    if (handle.kind !== 'postgres') throw new Error('expected PostgreSQL');
    owner = handle;
    ownerUrl = String((owner.pool.options as { connectionString?: string }).connectionString);
    const url = new URL(ownerUrl);
    url.username = role;
    url.password = randomBytes(12).toString('hex');
    runtimeUrl = url.toString();
    expect(await prepareDatabase({ ownerUrl, runtimeUrl, createRole: true })).toEqual({
      runtimeRole: role,
      created: true,
    });
    runtime = openPostgres(runtimeUrl, 3);
  });
  afterAll(async () => {
    await runtime?.close();
    await owner?.close();
    // Closed at once: a connection left open to the template database would refuse every later copy of it.
    const template = openPostgres(process.env.DATABASE_URL ?? '', 1);
    await template.pool.query(`DROP ROLE IF EXISTS ${role}`);
    await template.close();
  });

  const asRuntime = (statement: string) => runtime.pool.query(statement);

  it('setup is repeatable, and the role owns no table, sequence, function or schema', async () => {
    expect(await prepareDatabase({ ownerUrl, runtimeUrl })).toEqual({ runtimeRole: role, created: false });
    expect(roleOf(runtimeUrl)).toBe(role);
    const owned = await owner.pool.query(
      `select (select count(*) from pg_class where relowner = r.oid)
            + (select count(*) from pg_proc where proowner = r.oid)
            + (select count(*) from pg_namespace where nspowner = r.oid) as n
       from pg_roles r where rolname = $1`,
      [role],
    );
    expect(Number(owned.rows[0]?.n)).toBe(0);
  });

  it('may not update, delete, truncate, disable triggers on or drop the audit log', async () => {
    for (const statement of [
      'UPDATE audit_log SET action = action',
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only',
      'ALTER TABLE audit_log DISABLE TRIGGER ALL',
      'DROP TRIGGER audit_log_chain ON audit_log',
      'DROP TABLE audit_log',
      'CREATE TABLE audit_log_copy (id int)',
      'CREATE SCHEMA sneaky',
    ]) {
      await expect(asRuntime(statement), statement).rejects.toThrow(/permission denied|must be (the )?owner/);
    }
  });

  it('signs a user in and writes an audited change, and the chain verifies', async () => {
    const partner = await createOrganisation(owner.db, { kind: 'partner' });
    await createUser(owner.db, { organisationId: partner.id, roles: ['partner_full_admin'], email: 'rt@p.test' });
    const { app } = await buildTestApp(runtime.db);
    try {
      const browser = await signInAs(app, 'rt@p.test');
      const changed = await browser.request('PATCH', '/api/v1/me', { locale: 'da' });
      expect(changed.statusCode).toBe(200);
    } finally {
      await app.close();
    }
    await recordAudit(runtime.db, new ManualClock(TEST_START), null, {
      organisationId: partner.id,
      action: 'test.appended',
      targetType: 'thing',
      targetId: 'x',
    });
    const report = await verifyAuditChain(runtime.db);
    expect(report.firstBreak).toBeNull();
    expect(report.heads.find((h) => h.organisationId === partner.id)?.chainSeq).toBe(2);
  });

  it('refuses to start with a pending migration it may not apply, saying what to run', async () => {
    const last = await owner.pool.query(
      'DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations) RETURNING hash, created_at',
    );
    try {
      expect(await pendingMigrationCount(runtime.db)).toBe(1);
      await expect(prepareForServer(runtime, undefined)).rejects.toThrow(/channel-hub setup-database/);
    } finally {
      await owner.pool.query('INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)', [
        last.rows[0]?.hash,
        last.rows[0]?.created_at,
      ]);
    }
    // With the owner's URL the server migrates and grants as the owner, then serves as the runtime role.
    await prepareForServer(runtime, ownerUrl, runtimeUrl);
    expect(await pendingMigrationCount(runtime.db)).toBe(0);
  });

  it('starts without migrating when the schema is current, and runs pg-boss jobs', async () => {
    await prepareForServer(runtime, undefined);
    let ran: () => void = () => {};
    const jobRan = new Promise<void>((resolve) => {
      ran = resolve;
    });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const jobs = await JobRunner.start(
      runtime,
      [{ name: 'runtime-role-probe', clockDriven: true, run: async () => ran() }],
      {
        db: runtime.db,
        clock: new ManualClock(TEST_START),
        config,
      },
    );
    try {
      await jobs.runClockDriven();
      await jobRan;
    } finally {
      await jobs.stop();
    }
  });
});
