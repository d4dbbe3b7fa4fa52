import type { Actor } from '../../../domain/roles.ts';
import type { ExportColumn } from '../../platform/table-export.ts';
import { ensureMayExportEducation } from './activity.policy.ts';
import { type ConsumptionRow, educationRecords } from './activity.queries.ts';
import { type ActivityDeps, requireWorkspace } from './activity-scope.ts';

export const educationColumns: ExportColumn<ConsumptionRow>[] = [
  { header: 'Date', type: 'date', value: (r) => r.consumedOn },
  { header: 'Learner', type: 'text', value: (r) => r.learner },
  { header: 'Learner e-mail', type: 'text', value: (r) => r.learnerEmail },
  { header: 'Course', type: 'text', value: (r) => r.description },
  { header: 'Seats', type: 'number', value: (r) => r.quantity },
  { header: 'Delivered by', type: 'text', value: (r) => r.deliveredBy },
  { header: 'Entitlement', type: 'text', value: (r) => r.entitlement },
  { header: 'Package', type: 'text', value: (r) => r.package },
  { header: 'Agreement', type: 'text', value: (r) => r.agreementNumber },
];

/** ACT-7: the education report on demand — every on-demand education record (of one workspace if given). */
export async function exportEducationReport(
  deps: ActivityDeps,
  actor: Actor,
  workspaceId: string | undefined,
): Promise<AsyncIterable<ConsumptionRow>> {
  ensureMayExportEducation(actor);
  if (workspaceId) await requireWorkspace(deps.db, actor, workspaceId);
  const records = await educationRecords(deps.db, actor.organisationId, workspaceId ?? null);
  return (async function* () {
    yield* records;
  })();
}
