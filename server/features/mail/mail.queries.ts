import { and, count, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { SentMailStatus } from '../../../domain/contracts/mail.ts';
import { emailOutbox, organisations } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';

/** SQL of the Sent mail page: the e-mail outbox, newest first (ids grow with time, so id is the order). */

export interface SentMailFilters {
  q?: string;
  statuses?: readonly SentMailStatus[];
  template?: string;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtersWhere(filters: SentMailFilters): SQL | undefined {
  const q = filters.q ? likePattern(filters.q) : undefined;
  return and(
    q ? or(ilike(emailOutbox.toAddress, q), ilike(emailOutbox.template, q)) : undefined,
    filters.statuses?.length ? inArray(emailOutbox.status, [...filters.statuses]) : undefined,
    filters.template ? eq(emailOutbox.template, filters.template) : undefined,
  );
}

const listColumns = {
  id: emailOutbox.id,
  createdAt: emailOutbox.createdAt,
  sentAt: emailOutbox.sentAt,
  toAddress: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  template: emailOutbox.template,
  locale: emailOutbox.locale,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  nextAttemptAt: emailOutbox.nextAttemptAt,
  lastError: emailOutbox.lastError,
};

/** One page after `beforeId` (exclusive), one row more than `limit` so the caller knows whether more follow. */
export async function selectSentMailPage(
  db: Database,
  filters: SentMailFilters,
  page: { beforeId?: number; limit: number },
) {
  return db
    .select(listColumns)
    .from(emailOutbox)
    .where(and(filtersWhere(filters), page.beforeId === undefined ? undefined : lt(emailOutbox.id, page.beforeId)))
    .orderBy(desc(emailOutbox.id))
    .limit(page.limit + 1);
}

export async function countSentMail(db: Database, filters: SentMailFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(emailOutbox).where(filtersWhere(filters));
  return Number(row?.n ?? 0);
}

export async function selectTemplates(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ template: emailOutbox.template })
    .from(emailOutbox)
    .orderBy(emailOutbox.template);
  return rows.map((r) => r.template);
}

export async function selectSentMailMessage(db: Database, id: number) {
  const [row] = await db
    .select({
      ...listColumns,
      messageId: emailOutbox.messageId,
      textBody: emailOutbox.textBody,
      organisationId: emailOutbox.organisationId,
      organisationName: sql<string | null>`${organisations.name}`,
    })
    .from(emailOutbox)
    .leftJoin(organisations, eq(organisations.id, emailOutbox.organisationId))
    .where(eq(emailOutbox.id, id));
  return row ?? null;
}
