import type { SentMailMessage } from '../../../domain/contracts/mail.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import { toItem } from './list-sent-mail.ts';
import { ensureMayReadSentMail } from './mail.policy.ts';
import { selectSentMailMessage } from './mail.queries.ts';
import { redactOneTimeLinks } from './redact-links.ts';

/** NOT-1: one message with its headers and text body (one-time link tokens hidden). `from` is the sender address the worker uses (MAIL_FROM). */
export async function getSentMail(
  deps: { db: Database; config: Pick<Config, 'smtpUrl' | 'mailFrom'> },
  actor: Actor,
  id: string,
): Promise<SentMailMessage> {
  ensureMayReadSentMail(actor);
  const row = await selectSentMailMessage(deps.db, Number(id));
  if (!row) throw notFound('The message');
  return {
    ...toItem(row),
    messageId: row.messageId,
    from: deps.config.mailFrom,
    organisation: row.organisationName === null ? null : { id: row.organisationId, name: row.organisationName },
    // An operator reading mail must not be able to use someone's one-time link (issue #10).
    textBody: redactOneTimeLinks(row.textBody),
    smtpConfigured: deps.config.smtpUrl !== undefined,
  };
}
