import { verifyAuditChain } from '../server/platform/audit-chain.ts';
import type { Database } from '../server/platform/db.ts';

/** `channel-hub audit verify`: checks every organisation's hash chain; false when a row was tampered with. */
export async function auditVerify(db: Database, print: (line: string) => void): Promise<boolean> {
  const report = await verifyAuditChain(db);
  print(`Audit log: ${report.rows} rows in ${report.organisations} organisation chains.`);
  const broken = report.firstBreak;
  if (broken) {
    print(`TAMPERED (${broken.kind}): organisation ${broken.organisationId}, ${broken.message}.`);
    return false;
  }
  print('Every chain verifies. Newest row per organisation (record these to detect a later truncation):');
  for (const head of report.heads) print(`  ${head.organisationId}  #${head.chainSeq}  ${head.hash}`);
  return true;
}
