import { and, asc, eq, lte } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { emailOutbox } from '../../db/schema/index.ts';
import type { Database } from '../db.ts';
import type { MailTransport } from './transport.ts';

/**
 * Sends due outbox rows (NOT-1, REL-3). A row is *claimed* in a short transaction — locked with
 * `FOR UPDATE SKIP LOCKED`, its attempt counted and its next attempt moved to now + the retry delay — and
 * sent after that transaction committed, `SEND_CONCURRENCY` at a time; each is marked sent in its own
 * transaction as soon as the SMTP server's 250 arrives, so a kill can repeat only the messages in flight. The claim is the lease: until the retry delay passes no other worker
 * finds the row due, and no database connection (nor PGlite's single one) is held during the SMTP conversation.
 * A worker that dies after claiming leaves the row pending; it is due again when the delay has passed and goes
 * out with the same Message-ID. The guarantee is in docs/ARCHITECTURE.md (Decisions, E-mail).
 */

/** A row is marked failed after this many attempts (about two hours of retries with the delays below). */
export const MAX_ATTEMPTS = 8;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;
const CLAIM_BATCH = 20;
/**
 * Messages handed to the SMTP server at once (one connection each). It bounds what a crash can repeat: at most
 * this many messages were accepted and not yet marked sent when the process died.
 */
export const SEND_CONCURRENCY = 4;
const ERROR_LENGTH = 500;

/** Exponential backoff on business time: 1, 2, 4 … minutes after the `attempt`-th attempt, at most 6 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
}

export interface OutboxWorkerDeps {
  db: Database;
  clock: Clock;
  transport: MailTransport;
  from: string;
}

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends every row due now, batch after batch, until none is due. */
export async function sendDueEmails(deps: OutboxWorkerDeps): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDueEmails(deps.db, deps.clock, CLAIM_BATCH);
    const queue = [...claimed];
    const lane = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) report[await sendOne(deps, row)] += 1;
    };
    await Promise.all(Array.from({ length: SEND_CONCURRENCY }, lane));
    if (claimed.length < CLAIM_BATCH) return report;
  }
}

type ClaimedEmail = Awaited<ReturnType<typeof claimDueEmails>>[number];

/** Locks due rows no other worker holds, counts the attempt and schedules the retry, in one transaction. */
async function claimDueEmails(db: Database, clock: Clock, limit: number) {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const row of due) {
      row.attempts += 1;
      row.nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts));
      await tx
        .update(emailOutbox)
        .set({ attempts: row.attempts, nextAttemptAt: row.nextAttemptAt })
        .where(eq(emailOutbox.id, row.id));
    }
    return due;
  });
}

async function sendOne(deps: OutboxWorkerDeps, row: ClaimedEmail): Promise<keyof SendReport> {
  try {
    await deps.transport.send({
      from: deps.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      messageId: row.messageId,
      locale: row.locale,
      date: row.createdAt,
    });
  } catch (error) {
    const gaveUp = row.attempts >= MAX_ATTEMPTS;
    await deps.db
      .update(emailOutbox)
      .set({ status: gaveUp ? 'failed' : 'pending', lastError: errorText(error) })
      .where(and(eq(emailOutbox.id, row.id), eq(emailOutbox.status, 'pending')));
    return gaveUp ? 'failed' : 'retrying';
  }
  // Right after the 250, one autocommitted statement: the row is marked sent before any other message waits on it.
  await deps.db
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: deps.clock.now(), lastError: null })
    .where(eq(emailOutbox.id, row.id));
  return 'sent';
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > ERROR_LENGTH ? `${text.slice(0, ERROR_LENGTH - 1)}…` : text;
}
