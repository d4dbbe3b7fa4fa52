import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/clock.ts';
import { type Locale, locales } from '../../../domain/contracts/common.ts';
import { emailOutbox, users } from '../../db/schema/index.ts';
import type { Database } from '../db.ts';

/** One e-mail, already rendered in the recipient's language. */
export interface OutgoingEmail {
  /** The organisation whose change caused the message (operators see all; the Sent mail page filters by it). */
  organisationId: string;
  to: string;
  locale: Locale;
  /** A stable template name such as `trial.consent-request`; shown on the Sent mail page. */
  template: string;
  subject: string;
  textBody: string;
}

/**
 * Stores e-mails in the durable outbox (NOT-1). Call it with the use case's transaction so the message
 * commits with the change that caused it; the send-email job delivers it. The Message-ID is fixed here,
 * so every delivery attempt of one row carries the same id and a receiving server can recognise a repeat.
 */
export async function enqueueEmails(tx: Database, clock: Clock, emails: readonly OutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  const now = clock.now();
  await tx.insert(emailOutbox).values(
    emails.map((email) => ({
      organisationId: email.organisationId,
      messageId: `<${randomUUID()}@channel-hub>`,
      toAddress: email.to,
      locale: email.locale,
      template: email.template,
      subject: email.subject,
      textBody: email.textBody,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}

/** Each address's language: the user's chosen locale, English for an address with no account. */
export async function localesOf(db: Database, addresses: readonly string[]): Promise<Map<string, Locale>> {
  const result = new Map<string, Locale>(addresses.map((address) => [address.toLowerCase(), 'en']));
  if (addresses.length === 0) return result;
  const rows = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...result.keys()]));
  for (const row of rows) {
    if ((locales as readonly string[]).includes(row.locale)) result.set(row.email.toLowerCase(), row.locale as Locale);
  }
  return result;
}
