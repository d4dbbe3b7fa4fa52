import type { Clock } from '../../domain/clock.ts';
import type { Actor } from '../../domain/roles.ts';
import { auditLog } from '../db/schema/index.ts';
import type { Database } from './db.ts';

export interface AuditEntry {
  /** The tenant the change belongs to. */
  organisationId: string;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log (NOT-4); call it inside the use case's transaction so both commit together. */
export async function recordAudit(db: Database, clock: Clock, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    organisationId: entry.organisationId,
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor?.organisationId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    at: clock.now(),
  });
}
