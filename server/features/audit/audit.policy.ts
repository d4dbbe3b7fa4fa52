import { type Actor, can } from '../../../domain/roles.ts';
import { ensure } from '../../platform/access.ts';

/**
 * NOT-4: who reads which part of the audit log, written once for the page, its export and the API (the SQL form:
 * `readableAuditEntries`, audit.queries.ts).
 * - vendor operators: every entry of the installation;
 * - partner administrators: their partner's own entries, and the entries of the customers they may see
 *   (ROL-2: sales administrators only their own customers, also where their partner's entry targets a customer)
 *   made by their partner, by the customer itself, the vendor or the system — not another partner's work;
 * - a customer's full and read-only administrators: their own organisation's entries.
 */
export function ensureMayReadAuditLog(actor: Actor) {
  ensure(can(actor, 'readAuditLog'), 'Only administrators read the audit log.');
}
