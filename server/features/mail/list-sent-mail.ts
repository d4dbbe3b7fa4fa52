import type { z } from 'zod';
import type { SentMailListResponse, sentMailQuery } from '../../../domain/contracts/mail.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayReadSentMail } from './mail.policy.ts';
import { countSentMail, selectSentMailPage, selectTemplates } from './mail.queries.ts';

type Input = z.output<typeof sentMailQuery>;

/** NOT-1: every message of the outbox, newest first, searched by recipient or template, filtered by status. */
export async function listSentMail(
  deps: { db: Database; config: Pick<Config, 'smtpUrl'> },
  actor: Actor,
  input: Input,
): Promise<SentMailListResponse> {
  ensureMayReadSentMail(actor);
  const filters = { q: input.q || undefined, statuses: input.status, template: input.template };
  const [rows, total, templates] = await Promise.all([
    selectSentMailPage(deps.db, filters, {
      beforeId: input.cursor === undefined ? undefined : Number(input.cursor),
      limit: input.limit,
    }),
    countSentMail(deps.db, filters),
    selectTemplates(deps.db),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > input.limit && last ? String(last.id) : null,
    total,
    templates,
    smtpConfigured: deps.config.smtpUrl !== undefined,
  };
}

export function toItem(row: Awaited<ReturnType<typeof selectSentMailPage>>[number]) {
  return {
    id: String(row.id),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    to: row.toAddress,
    subject: row.subject,
    template: row.template,
    locale: row.locale as SentMailListResponse['items'][number]['locale'],
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
  };
}
