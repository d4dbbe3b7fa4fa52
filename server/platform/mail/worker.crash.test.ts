import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import { createProcessDatabase } from '../../testing/database.ts';
import type { ProcessDatabase } from '../../testing/server-process.ts';
import { TestSmtpPeer } from '../../testing/smtp-peer.ts';
import { enqueueEmails } from './outbox.ts';
import { MAX_ATTEMPTS, retryDelayMs, SEND_CONCURRENCY } from './worker.ts';

/**
 * REL-3 for e-mail: the sending process is SIGKILLed again and again, each time after the SMTP peer stored a
 * message and before its 250 went back — the worst moment — and restarted. Nothing is lost; the only repeats are
 * messages that were in flight at a kill (at most SEND_CONCURRENCY per kill), under their own Message-ID, so the
 * deduplicating peer holds every message exactly once. The worker runs in a child process against a real
 * database: PostgreSQL when DATABASE_URL is set, otherwise a PGlite data dir that one process at a time owns.
 */

const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.crash-child.ts');
const START = Date.parse('2026-11-21T09:00:00.000Z');
const MESSAGES = 200;
const KILLS = 4;

let peer: TestSmtpPeer;
let database: ProcessDatabase;

function startWorker(now: Date): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, database.argument, peer.url, now.toISOString()],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited };
}

/** Kill points: a delivery count in each of the first KILLS fifths of the run, drawn at random (and printed). */
function killPoints(): number[] {
  const stretch = Math.floor(MESSAGES / (KILLS + 1));
  return Array.from({ length: KILLS }, (_, i) => i * stretch + 1 + Math.floor(Math.random() * (stretch - 1)));
}

const outboxRows = () => database.use((handle) => handle.db.select().from(emailOutbox).orderBy(emailOutbox.id));

beforeAll(async () => {
  peer = await TestSmtpPeer.start();
  database = await createProcessDatabase();
  await database.use((handle) =>
    handle.db.transaction((tx) =>
      enqueueEmails(
        tx,
        new ManualClock(new Date(START).toISOString()),
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
  await database.close();
});

describe(`a sender killed ${KILLS} times between the SMTP peer's acceptance and its 250 (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite data dir'})`, () => {
  it(`loses no message and repeats at most ${SEND_CONCURRENCY} (the sending concurrency) per kill`, async () => {
    const points = killPoints();
    const repeatsPerKill: number[] = [];
    // Each run's business time is past the longest retry delay after the last, so every claimed row is due again.
    const runAt = (run: number) => new Date(START + run * retryDelayMs(MAX_ATTEMPTS));

    for (const [run, point] of points.entries()) {
      const deliveredBefore = peer.deliveries.length;
      const worker = startWorker(runAt(run));
      let interrupted = '';
      peer.beforeAccept = async (message) => {
        if (peer.deliveries.length < point || interrupted) return;
        interrupted = message.messageId;
        worker.child.kill('SIGKILL');
        await worker.exited;
      };
      expect(await worker.exited).toEqual({ code: null, signal: 'SIGKILL' });
      peer.beforeAccept = undefined;

      // What this kill will repeat: messages the peer took in this run whose rows are still pending.
      const taken = new Set(peer.deliveries.slice(deliveredBefore));
      const pendingHeld = (await outboxRows()).filter((r) => r.status === 'pending' && taken.has(r.messageId));
      expect(pendingHeld.map((r) => r.messageId)).toContain(interrupted);
      repeatsPerKill.push(pendingHeld.length);
    }

    const last = startWorker(runAt(KILLS));
    expect(await last.exited).toEqual({ code: 0, signal: null });

    const rows = await outboxRows();
    const repeats = peer.deliveries.length - new Set(peer.deliveries).size;
    console.log(
      `e-mail crash: ${MESSAGES} messages, SIGKILL at deliveries ${points.join(', ')}; repeated per kill ` +
        `${repeatsPerKill.join(', ')} (bound ${SEND_CONCURRENCY}); ${repeats} repeats in ${peer.deliveries.length} hand-overs`,
    );
    expect(rows.filter((row) => row.status !== 'sent')).toEqual([]);
    expect([...peer.mailbox.keys()].sort()).toEqual(rows.map((row) => row.messageId).sort());
    for (const count of repeatsPerKill) expect(count).toBeLessThanOrEqual(SEND_CONCURRENCY);
    // Every repeat was one of the messages in flight at a kill, nothing else went out twice.
    expect(repeats).toBe(repeatsPerKill.reduce((sum, n) => sum + n, 0));
  }, 180_000);
});
