import type { AuditLogEntry, AuditLogPage, AuditLogQuery } from '../../../domain/contracts/audit.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayReadAuditLog } from './audit.policy.ts';
import { type AuditLogRow, selectAuditLogPage } from './audit.queries.ts';

/** NOT-4: one page of the audit log the actor may read, newest first, with the filters. */
export async function listAuditLog(deps: { db: Database }, actor: Actor, query: AuditLogQuery): Promise<AuditLogPage> {
  ensureMayReadAuditLog(actor);
  const { cursor, limit, ...filters } = query;
  // One more than asked tells whether another page exists.
  const rows = await selectAuditLogPage(deps.db, actor, filters, { beforeId: cursor, limit: limit + 1 });
  const items = rows.slice(0, limit).map(toAuditLogEntry);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

export function toAuditLogEntry(row: AuditLogRow): AuditLogEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    action: row.action,
    actor:
      row.actor_user_id !== null && row.actor_name !== null && row.actor_email !== null
        ? {
            id: row.actor_user_id,
            name: row.actor_name,
            email: row.actor_email,
            organisation:
              row.actor_organisation_id !== null
                ? { id: row.actor_organisation_id, name: row.actor_organisation_name ?? '' }
                : null,
          }
        : null,
    organisation: { id: row.organisation_id, name: row.organisation_name ?? '' },
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before,
    after: row.after,
  };
}
