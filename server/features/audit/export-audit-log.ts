import type { AuditLogEntry, AuditLogFilters } from '../../../domain/contracts/audit.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import type { ExportColumn } from '../../platform/table-export.ts';
import { ensureMayReadAuditLog } from './audit.policy.ts';
import { selectAuditLogPage } from './audit.queries.ts';
import { toAuditLogEntry } from './list-audit-log.ts';

/** Rows read per statement while streaming: memory stays flat however long the log is. */
const BATCH = 1000;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditLogColumns: readonly ExportColumn<AuditLogEntry>[] = [
  { header: 'When', type: 'timestamp', value: (e) => e.at },
  { header: 'Action', type: 'text', value: (e) => e.action },
  { header: 'Actor', type: 'text', value: (e) => e.actor?.name ?? null },
  { header: 'Actor e-mail', type: 'text', value: (e) => e.actor?.email ?? null },
  { header: 'Actor organisation', type: 'text', value: (e) => e.actor?.organisation?.name ?? null },
  { header: 'Organisation', type: 'text', value: (e) => e.organisation.name },
  { header: 'Target type', type: 'text', value: (e) => e.targetType },
  { header: 'Target id', type: 'text', value: (e) => e.targetId },
  { header: 'Before', type: 'text', value: (e) => json(e.before), width: 48 },
  { header: 'After', type: 'text', value: (e) => json(e.after), width: 48 },
  { header: 'Entry id', type: 'text', value: (e) => e.id, width: 12 },
];

/** X-2, NOT-4: every entry of the actor's audit log matching the filters, newest first, read by keyset in batches. */
export function exportAuditLog(
  deps: { db: Database },
  actor: Actor,
  filters: AuditLogFilters,
  batch = BATCH,
): AsyncIterable<AuditLogEntry> {
  ensureMayReadAuditLog(actor);
  async function* entries(): AsyncGenerator<AuditLogEntry> {
    let beforeId: string | undefined;
    for (;;) {
      const rows = await selectAuditLogPage(deps.db, actor, filters, { beforeId, limit: batch });
      for (const row of rows) yield toAuditLogEntry(row);
      if (rows.length < batch) return;
      beforeId = rows.at(-1)?.id;
    }
  }
  return entries();
}
