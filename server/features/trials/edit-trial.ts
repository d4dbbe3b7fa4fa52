import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import { type EditTrialRequest, maxDeviceTrialDays, type TrialDetail } from '../../../domain/contracts/trials.ts';
import type { Actor } from '../../../domain/roles.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { badRequest } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { ensureServicesAvailable } from './start-trial.ts';
import { openTrialChange } from './trial-change.ts';
import {
  insertTrialServices,
  removeTrialServices,
  setLicenceQuantity,
  shipDevices,
  writeTrial,
} from './trial-records.queries.ts';
import { withUniqueConflicts } from './trial-steps.ts';
import { checkTrialTerms } from './trial-terms.ts';
import { mayManageTrial } from './trials.policy.ts';
import { servicesOfTrials } from './trials.queries.ts';

/** TRI-11: add or remove services and change the licence quantity of an ongoing trial. */
export async function editTrial(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  trialId: string,
  input: EditTrialRequest,
): Promise<TrialDetail> {
  const now = deps.clock.now();
  await withUniqueConflicts(() =>
    deps.db.transaction(async (tx) => {
      const { trial } = await openTrialChange(tx, actor, trialId, {
        allowed: mayManageTrial,
        refusal: 'You may not change this trial.',
        version: input.version,
        event: { type: 'edit' },
        now,
      });

      const before = await servicesOfTrials(tx, [trial.id]);
      const currentIds = before.map((l) => l.serviceId);
      const wanted = input.services ?? currentIds;
      const terms = await checkTrialTerms(
        tx,
        {
          services: wanted,
          meetingSiteUrl: input.meetingSiteUrl,
          meetingTimeZone: input.meetingTimeZone ?? trial.meetingTimeZone ?? undefined,
          // Devices already chosen or shipped need no new choice.
          devices:
            input.devices ?? (before.some((l) => l.isDevice) ? { mode: 'skip', reason: 'licences_only' } : undefined),
        },
        { exceptTrialId: trial.id, currentMeetingSiteUrl: trial.meetingSiteUrl, keptServiceIds: currentIds },
      );
      const added = terms.services.filter((s) => !currentIds.includes(s.id));
      const removed = currentIds.filter((id) => !wanted.includes(id));
      await ensureServicesAvailable(
        tx,
        trial.customerId,
        trial.partnerId,
        { ...terms, services: added },
        now,
        trial.id,
      );
      if (terms.hasDevices && trial.startsAt && trial.endsAt) {
        const total = Math.round((trial.endsAt.getTime() - trial.startsAt.getTime()) / DAY_MS);
        if (total > maxDeviceTrialDays) {
          throw badRequest(
            'services',
            `A trial with devices lasts at most ${maxDeviceTrialDays} days; this one runs ${total}.`,
          );
        }
      }

      const licenceQuantity = input.licenceQuantity ?? trial.licenceQuantity;
      const updated = await writeTrial(tx, deps.clock, trial, {
        licenceQuantity,
        meetingSiteUrl: terms.meetingSiteUrl,
        meetingTimeZone: terms.meetingTimeZone,
        requestedDevices: input.devices ? terms.requestedDevices : trial.requestedDevices,
      });
      await removeTrialServices(tx, trial, removed);
      const deviceCount = terms.requestedDevices.reduce((sum, d) => sum + d.quantity, 0);
      await insertTrialServices(tx, trial, added, licenceQuantity, deviceCount);
      await setLicenceQuantity(tx, trial, licenceQuantity);
      if (input.devices?.mode === 'ship' && updated.startsAt)
        await shipDevices(tx, updated, terms.requestedDevices, now);

      await recordAudit(tx, deps.clock, actor, {
        organisationId: trial.customerId,
        action: 'trial.edited',
        targetType: 'trial',
        targetId: trial.id,
        before: { services: currentIds, licenceQuantity: trial.licenceQuantity, meetingSiteUrl: trial.meetingSiteUrl },
        after: { services: wanted, licenceQuantity, meetingSiteUrl: terms.meetingSiteUrl },
      });
      await refreshCustomerListEntries(tx, [trial.customerId]);
    }),
  );
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return trialDetailOf(deps.db, actor, row, now);
}
