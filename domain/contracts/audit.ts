import { z } from 'zod';

/** NOT-4: the audit log's page and export — who, when, what, before/after — each caller within its reach. */

const instant = z.iso.datetime({ offset: true });

export const auditLogFilters = z.object({
  /** The user who acted. */
  actor: z.uuid().optional(),
  /** An action as recorded (`tag.created`), or a prefix of one ending in a dot (`tag.`). */
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, dots, dashes and underscores only')
    .optional(),
  targetType: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, dots, dashes and underscores only')
    .optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  /** From this instant (inclusive). */
  from: instant.optional(),
  /** Up to this instant (exclusive). */
  to: instant.optional(),
});
export type AuditLogFilters = z.infer<typeof auditLogFilters>;

export const auditLogQuery = auditLogFilters.extend({
  /** `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'the nextCursor of a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditLogQuery = z.infer<typeof auditLogQuery>;

export const auditLogExportQuery = auditLogFilters.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export type AuditLogExportQuery = z.infer<typeof auditLogExportQuery>;

const party = z.object({ id: z.string(), name: z.string() });

export const auditLogEntry = z.object({
  id: z.string(),
  at: z.string().describe('When, as an ISO 8601 instant'),
  action: z.string(),
  /** Who acted; null for the system (a job, the first run). */
  actor: z.object({ id: z.string(), name: z.string(), email: z.string(), organisation: party.nullable() }).nullable(),
  /** The organisation whose log the entry belongs to (the partner acting, or the customer changed). */
  organisation: party,
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown().describe('The audited values before the change: any JSON, as the action recorded them'),
  after: z.unknown().describe('The audited values after the change: any JSON, as the action recorded them'),
});
export type AuditLogEntry = z.infer<typeof auditLogEntry>;

export const auditLogPage = z.object({
  items: z.array(auditLogEntry),
  /** Pass as `cursor` for the next, older page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditLogPage = z.infer<typeof auditLogPage>;
