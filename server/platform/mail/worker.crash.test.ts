import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { type DatabaseHandle, openPglite } from '../db.ts';
import { enqueueEmails } from './outbox.ts';
import { TestSmtpPeer } from './test-smtp-peer.ts';
import { retryDelayMs } from './worker.ts';

/**
 * REL-3 for e-mail: the sending process is SIGKILLed after the SMTP peer stored a message and before the worker
 * could mark it sent; a restarted worker sends what is left and repeats the interrupted message with its
 * Message-ID, so the deduplicating peer holds every message exactly once and none is lost. The worker runs in a
 * child process against a real database: PostgreSQL when DATABASE_URL is set; otherwise a PGlite data dir, which
 * one process at a time owns (PGlite is single-process), so this test writes it, closes it, and hands it over.
 */

const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.crash-child.ts');
const START = '2026-11-21T09:00:00.000Z';
const MESSAGES = 5;
const KILL_AT = 3;

let peer: TestSmtpPeer;
let pgliteDir: string | undefined;
let postgres: Extract<DatabaseHandle, { kind: 'postgres' }> | undefined;

/** The database as the child opens it, and a way for this process to read it between children. */
const databaseArgument = () =>
  postgres ? (postgres.pool.options as { connectionString: string }).connectionString : `pglite:${pgliteDir}`;

async function withDatabase<T>(use: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  if (postgres) return use(postgres);
  const handle = await openPglite(pgliteDir);
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

function startWorker(now: string): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, databaseArgument(), peer.url, now], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited };
}

beforeAll(async () => {
  peer = await TestSmtpPeer.start();
  if (process.env.DATABASE_URL) {
    const handle = await createTestDatabase();
    if (handle.kind !== 'postgres') throw new Error('expected PostgreSQL');
    postgres = handle;
  } else {
    pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'channel-hub-mail-crash-'));
    const template = process.env.CHANNEL_HUB_TEST_TEMPLATE;
    if (!template) throw new Error('CHANNEL_HUB_TEST_TEMPLATE is not set: run tests through vitest');
    const handle = await openPglite(pgliteDir, new Blob([readFileSync(template)]));
    await handle.close();
  }
  await withDatabase((handle) =>
    handle.db.transaction((tx) =>
      enqueueEmails(
        tx,
        new ManualClock(START),
        Array.from({ length: MESSAGES }, (_, i) => ({
          organisationId: '00000000-0000-4000-8000-000000000001',
          to: `person${i}@partner.test`,
          locale: 'en' as const,
          template: 'test.crash',
          subject: `Message ${i}`,
          textBody: `Body ${i}`,
        })),
      ),
    ),
  );
});
afterAll(async () => {
  await peer.close();
  await postgres?.close();
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
});

describe(`a sender killed between the SMTP peer's acceptance and marking sent (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it('loses no message and, after restart, the deduplicating peer holds each message exactly once', async () => {
    const first = startWorker(START);
    let interrupted = '';
    peer.beforeAccept = async (message) => {
      if (peer.mailbox.size < KILL_AT || interrupted) return;
      interrupted = message.messageId;
      first.child.kill('SIGKILL');
      await first.exited;
    };
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    peer.beforeAccept = undefined;

    // The crash window was hit: the peer holds the message, the outbox still has it pending.
    const afterCrash = await withDatabase((handle) => handle.db.select().from(emailOutbox).orderBy(emailOutbox.id));
    expect(afterCrash.map((row) => row.status)).toEqual(['sent', 'sent', 'pending', 'pending', 'pending']);
    expect(afterCrash[KILL_AT - 1]).toMatchObject({ messageId: interrupted, attempts: 1 });
    expect(peer.mailbox.has(interrupted)).toBe(true);

    // Restarted once the interrupted attempt's retry delay has passed on the business clock.
    const restartAt = new Date(new Date(START).getTime() + retryDelayMs(1)).toISOString();
    const second = startWorker(restartAt);
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const rows = await withDatabase((handle) => handle.db.select().from(emailOutbox).orderBy(emailOutbox.id));
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    expect([...peer.mailbox.keys()].sort()).toEqual(rows.map((row) => row.messageId).sort());
    expect(peer.mailbox.size).toBe(MESSAGES);
    // The only repeat is the interrupted message, under its own Message-ID.
    expect(peer.deliveries).toHaveLength(MESSAGES + 1);
    expect(peer.deliveries.filter((id) => id === interrupted)).toHaveLength(2);
    expect(new Set(peer.deliveries).size).toBe(MESSAGES);
  });
});
