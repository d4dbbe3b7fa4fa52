import { bigint, bigserial, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every change and every customer launch: who, when, what, before/after (NOT-4).
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE (REL-5). Tamper-evident: the audit_log_chain
 * trigger links each organisation's rows in id order by a SHA-256 over each row and its predecessor's hash
 * (server/platform/audit-chain.ts verifies it).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** The tenant the change belongs to (the partner acting, or the customer changed). */
    organisationId: uuid('organisation_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    // Set by the audit_log_chain trigger, whatever the insert gives.
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index('audit_log_target_idx').on(t.organisationId, t.targetType, t.targetId),
    /** A customer's Activity tab reads the entries targeting it across every tenant, newest first. */
    index('audit_log_target_id_idx').on(t.targetType, t.targetId, t.id),
    /** The vendor's audit log pages the whole installation newest first (keyset on id). */
    index('audit_log_id_idx').on(t.id),
    /** The audit log's filter by who acted. */
    index('audit_log_actor_idx').on(t.actorUserId, t.id),
  ],
);
