import type { Clock } from '../../../domain/clock.ts';
import type {
  AcceptConsentRequest,
  ConsentDecisionResponse,
  ConsentListResponse,
} from '../../../domain/contracts/trials.ts';
import { type Actor, can } from '../../../domain/roles.ts';
import type { TrialEvent } from '../../../domain/trial-lifecycle.ts';
import { consentDaysLeft, consentLapsesAt } from '../../../domain/trial-lifecycle.ts';
import { ensure, loadActorProfile } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { openTrialChange } from './trial-change.ts';
import { queueTrialEmails } from './trial-emails.ts';
import { factsForTrial } from './trial-notify.ts';
import { partnerAdminEmails } from './trial-recipients.queries.ts';
import { setServicesProvisioning, shipDevices, writeTrial } from './trial-records.queries.ts';
import { linkForConsentedTrial, requestsAwaitingConsentOf } from './trial-requests.queries.ts';
import { withUniqueConflicts } from './trial-steps.ts';
import { mayAnswerConsent, mayReadConsents } from './trials.policy.ts';
import { servicesOfTrials } from './trials.queries.ts';

/** TRI-8, TRI-9, ROL-3: the customer's full administrators see pending trial requests and accept or decline them. */

type Deps = { db: Database; clock: Clock };

export async function listConsents(deps: Deps, actor: Actor): Promise<ConsentListResponse> {
  ensure(mayReadConsents(actor), 'Trial requests are read by the customer’s administrators.');
  const now = deps.clock.now();
  const rows = await requestsAwaitingConsentOf(deps.db, actor.organisationId);
  const lines = await servicesOfTrials(
    deps.db,
    rows.map((r) => r.trial.id),
  );
  return {
    items: rows.map(({ trial, partnerName, partnerTimeZone }) => ({
      trialId: trial.id,
      trialNumber: trial.number,
      partner: { id: trial.partnerId, name: partnerName },
      services: lines
        .filter((l) => l.trialId === trial.id)
        .map((l) => ({ serviceId: l.serviceId, serviceName: l.serviceName })),
      licenceQuantity: trial.licenceQuantity,
      durationDays: trial.durationDays,
      requestedAt: trial.consentRequestedAt?.toISOString() ?? null,
      respondBy: consentLapsesAt(trial)?.toISOString() ?? null,
      respondByDaysLeft: consentDaysLeft(trial, now, partnerTimeZone),
      version: trial.version,
    })),
  };
}

async function consentTrial(db: Database, actor: Actor, trialId: string, event: TrialEvent, now: Date) {
  return openTrialChange(db, actor, trialId, {
    allowed: (a, trial) => mayAnswerConsent(a, trial.customerId),
    refusal: 'Only full administrators of the customer answer trial requests.',
    event,
    now,
  });
}

export async function acceptConsent(
  deps: Deps,
  actor: Actor,
  trialId: string,
  input: AcceptConsentRequest,
): Promise<ConsentDecisionResponse> {
  const now = deps.clock.now();
  return withUniqueConflicts(() =>
    deps.db.transaction(async (tx) => {
      const { trial, next } = await consentTrial(tx, actor, trialId, { type: 'consent_accepted' }, now);
      const updated = await writeTrial(tx, deps.clock, trial, {
        state: next.trial.state,
        startsAt: next.trial.startsAt,
        endsAt: next.trial.endsAt,
        consentDecidedAt: now,
        consentFullAdministration: input.fullAdministration,
      });
      const adminLevel = input.fullAdministration ? 'full' : 'provisioning';
      const requester = await loadActorProfile(tx, trial.requestedByUserId);
      const requesterSeesAll = requester === null || can(requester.actor, 'seeAllPartnerCustomers');
      await linkForConsentedTrial(tx, trial, adminLevel, requesterSeesAll, now);
      await setServicesProvisioning(tx, now, trial, 'pending_details');
      if (updated.requestedDevices.length > 0) await shipDevices(tx, updated, updated.requestedDevices, now);
      await queueTrialEmails(tx, deps.clock, {
        organisationId: trial.partnerId,
        template: 'trial.consent-accepted',
        to: await partnerAdminEmails(tx, trial),
        facts: await factsForTrial(tx, updated),
      });
      await recordAudit(tx, deps.clock, actor, {
        organisationId: trial.customerId,
        action: 'trial.consent_accepted',
        targetType: 'trial',
        targetId: trial.id,
        before: { state: trial.state },
        after: { state: updated.state, fullAdministration: input.fullAdministration, endsAt: updated.endsAt },
      });
      await refreshCustomerListEntries(tx, [trial.customerId]);
      return { trialId, state: updated.state, adminLevel };
    }),
  );
}

export async function declineConsent(deps: Deps, actor: Actor, trialId: string): Promise<ConsentDecisionResponse> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { trial, next } = await consentTrial(tx, actor, trialId, { type: 'consent_declined' }, now);
    const updated = await writeTrial(tx, deps.clock, trial, { state: next.trial.state, consentDecidedAt: now });
    await queueTrialEmails(tx, deps.clock, {
      organisationId: trial.partnerId,
      template: 'trial.consent-declined',
      to: await partnerAdminEmails(tx, trial),
      facts: await factsForTrial(tx, updated),
    });
    await recordAudit(tx, deps.clock, actor, {
      organisationId: trial.customerId,
      action: 'trial.consent_declined',
      targetType: 'trial',
      targetId: trial.id,
      before: { state: trial.state },
      after: { state: updated.state },
    });
    await refreshCustomerListEntries(tx, [trial.customerId]);
    return { trialId, state: updated.state, adminLevel: null };
  });
}
