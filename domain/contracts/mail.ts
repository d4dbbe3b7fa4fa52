import { z } from 'zod';
import { localeSchema } from './common.ts';

/** The Sent mail page (NOT-1): every message of the e-mail outbox, for vendor operators. */

export const sentMailStatuses = ['pending', 'sent', 'failed'] as const;
export type SentMailStatus = (typeof sentMailStatuses)[number];

const statusList = z
  .string()
  .max(100)
  .transform((raw, ctx) => {
    const items = raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const unknown = items.filter((v) => !(sentMailStatuses as readonly string[]).includes(v));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Unknown status: ${unknown.join(', ')}` });
      return z.NEVER;
    }
    return items as SentMailStatus[];
  });

export const sentMailQuery = z.object({
  /** Part of the recipient's address or of the template name. */
  q: z.string().trim().max(200).optional(),
  /** Comma-separated statuses. */
  status: statusList.optional(),
  /** Exact template name. */
  template: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'Expected a template name such as trial.consent-request')
    .optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'The cursor is not valid.')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const sentMailItem = z.object({
  id: z.string(),
  /** When the message was queued (business time). */
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  locale: localeSchema,
  status: z.enum(sentMailStatuses),
  attempts: z.number().int(),
  /** Pending: when the next attempt is due. */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type SentMailItem = z.infer<typeof sentMailItem>;

export const sentMailListResponse = z.object({
  items: z.array(sentMailItem),
  nextCursor: z.string().nullable(),
  /** Messages matching the filters, over all pages. */
  total: z.number().int(),
  /** Templates present in the outbox, for the template filter. */
  templates: z.array(z.string()),
  /** False when SMTP_URL is unset: pending messages are stored, not sent. */
  smtpConfigured: z.boolean(),
});
export type SentMailListResponse = z.infer<typeof sentMailListResponse>;

export const sentMailParams = z.object({ id: z.string().regex(/^\d{1,18}$/, 'Expected a message id') });

export const sentMailMessage = sentMailItem.extend({
  messageId: z.string(),
  from: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  textBody: z.string(),
  smtpConfigured: z.boolean(),
});
export type SentMailMessage = z.infer<typeof sentMailMessage>;
