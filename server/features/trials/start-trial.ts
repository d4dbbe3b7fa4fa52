import type { Clock } from '../../../domain/clock.ts';
import { DAY_MS } from '../../../domain/clock.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import type {
  StartTrialForExistingCustomer,
  StartTrialForNewCustomer,
  StartTrialResponse,
} from '../../../domain/contracts/trials.ts';
import { countries, verticals } from '../../../domain/reference-data.ts';
import { type Actor, can, customerAdminRoles } from '../../../domain/roles.ts';
import type { trials } from '../../db/schema/index.ts';
import { ensure } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { refreshCustomerListEntries } from '../customers/refresh-customer-list.ts';
import { requireVisibleTrial, trialDetailOf } from './get-trial.ts';
import { queueTrialEmails } from './trial-emails.ts';
import { invitationLinksFor } from './trial-invitations.ts';
import { factsForTrial } from './trial-notify.ts';
import { customerAdminEmails } from './trial-recipients.queries.ts';
import { insertTrialServices, shipDevices } from './trial-records.queries.ts';
import {
  assignCustomerAdmin,
  boughtServices,
  createOwnedCustomer,
  customerFoundBy,
  insertTrialRow,
  isEmailInUse,
  isPayingCustomerOf,
  partnerLink,
  trialledServices,
} from './trial-requests.queries.ts';
import { newTrialNumber, withUniqueConflicts } from './trial-steps.ts';
import { type CheckedTerms, checkTrialTerms } from './trial-terms.ts';
import { mayStartTrial } from './trials.policy.ts';

/** Starting a trial: for a new customer (TRI-1…TRI-3), an existing one (TRI-4, TRI-5) or a paying one (TRI-10). */

type Deps = { db: Database; clock: Clock; config: Pick<Config, 'publicUrl'> };
const linkDeps = (deps: Deps) => ({ clock: deps.clock, publicUrl: deps.config.publicUrl });

/** The language a new customer's administrator is greeted in, by country. */
const localeByCountry: Record<string, Locale> = { DK: 'da', NO: 'nb', HU: 'hu' };

export async function startTrialForNewCustomer(
  deps: Deps,
  actor: Actor,
  input: StartTrialForNewCustomer,
): Promise<StartTrialResponse> {
  ensure(
    mayStartTrial(actor),
    'Only sales administrators, sales full administrators and full administrators start trials.',
  );
  if (!verticals.includes(input.vertical as (typeof verticals)[number])) {
    throw badRequest('vertical', 'Choose the closest vertical from the list.');
  }
  const country = countries.find((c) => c.code === input.country);
  if (!country) throw badRequest('country', 'Choose a country from the list.');
  const now = deps.clock.now();

  const { trialId, customerId } = await withUniqueConflicts(() =>
    deps.db.transaction(async (tx) => {
      const terms = await checkTrialTerms(tx, input);
      if (await isEmailInUse(tx, input.adminEmail)) {
        throw new AppError(
          409,
          'email_in_use',
          'This e-mail belongs to an existing organisation: start the trial for the existing customer instead.',
          'adminEmail',
        );
      }
      const customer = await createOwnedCustomer(tx, {
        customer: {
          name: input.companyName,
          country: country.code,
          dataRegion: country.region,
          timeZone: country.timeZone,
          vertical: input.vertical,
          primaryAdminEmail: input.adminEmail,
        },
        admin: {
          email: input.adminEmail,
          name: input.adminEmail.split('@')[0] ?? input.adminEmail,
          locale: localeByCountry[country.code] ?? 'en',
        },
        partnerId: actor.organisationId,
        createdByUserId: actor.userId,
        now,
      });
      // The partner created the organisation: no consent is asked, the trial begins now (docs/trial-rules.md).
      const trial = await insertTrial(tx, actor, customer.id, input, terms, now, {
        state: 'pending_provisioning_details',
        startsAt: now,
        endsAt: new Date(now.getTime() + input.durationDays * DAY_MS),
        consentFullAdministration: true,
        linkCreatedByTrial: true,
        setupNow: input.setup === 'now',
      });
      await queueTrialEmails(tx, deps.clock, {
        organisationId: customer.id,
        template: 'trial.welcome',
        to: [input.adminEmail],
        facts: await factsForTrial(tx, trial),
        invitationLinks: await invitationLinksFor(tx, linkDeps(deps), actor, {
          organisationId: customer.id,
          addresses: [input.adminEmail],
          trialId: trial.id,
        }),
      });
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customer.id,
        action: 'trial.started',
        targetType: 'trial',
        targetId: trial.id,
        after: {
          number: trial.number,
          customer: customer.name,
          newCustomer: true,
          services: terms.services.map((s) => s.id),
        },
      });
      await refreshCustomerListEntries(tx, [customer.id]);
      return { trialId: trial.id, customerId: customer.id };
    }),
  );
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return { trial: await trialDetailOf(deps.db, actor, row, now), customerId, openSetup: input.setup === 'now' };
}

/**
 * TRI-4, TRI-5, TRI-10: a trial for a customer found by an administrator's e-mail. A customer paying this partner
 * already gets the trial at once (all its admins are told); any other customer is asked for consent first.
 */
export async function startTrialForExistingCustomer(
  deps: Deps,
  actor: Actor,
  /** The customer's id when the partner knows it; null finds the customer by the admin e-mail alone (TRI-4). */
  knownCustomerId: string | null,
  input: StartTrialForExistingCustomer,
): Promise<StartTrialResponse> {
  ensure(
    mayStartTrial(actor),
    'Only sales administrators, sales full administrators and full administrators start trials.',
  );
  const now = deps.clock.now();
  const { trialId, customerId } = await withUniqueConflicts(() =>
    deps.db.transaction(async (tx) => {
      const customer = await customerFoundBy(tx, knownCustomerId, input.adminEmail);
      if (!customer) throw notFound('The customer');
      const customerId = customer.id;
      const terms = await checkTrialTerms(tx, input);
      await ensureServicesAvailable(tx, customerId, actor.organisationId, terms, now);
      const paying = await isPayingCustomerOf(tx, customerId, actor.organisationId, now);
      // Rights on a customer come from its consent, never from the request (ROL-3, TRI-9): without a relationship
      // the partner sees only this trial until the customer accepts it, which makes the link.
      const linkCreatedByTrial = !(await partnerLink(tx, actor.organisationId, customerId));
      // ROL-2: an administrator who sees only their own customers is assigned to the one they start a trial for.
      if (!linkCreatedByTrial && !can(actor, 'seeAllPartnerCustomers')) {
        await assignCustomerAdmin(tx, {
          partnerId: actor.organisationId,
          customerId,
          userId: actor.userId,
          assignedByUserId: actor.userId,
          now,
        });
      }
      const trial = await insertTrial(
        tx,
        actor,
        customerId,
        input,
        terms,
        now,
        paying
          ? {
              state: 'pending_provisioning_details',
              startsAt: now,
              endsAt: new Date(now.getTime() + input.durationDays * DAY_MS),
              linkCreatedByTrial,
              setupNow: input.setup === 'now',
            }
          : { state: 'pending_consent', consentRequestedAt: now, linkCreatedByTrial, setupNow: input.setup === 'now' },
      );
      const facts = await factsForTrial(tx, trial);
      if (paying) {
        await queueTrialEmails(tx, deps.clock, {
          organisationId: customerId,
          template: 'trial.started',
          to: await customerAdminEmails(tx, customerId, customerAdminRoles),
          facts,
        });
      } else {
        const to = await consentRecipients(tx, customerId, input.adminEmail);
        await queueTrialEmails(tx, deps.clock, {
          organisationId: customerId,
          template: 'trial.consent-request',
          to,
          facts: { ...facts, respondBy: new Date(now.getTime() + 10 * DAY_MS) },
          invitationLinks: await invitationLinksFor(tx, linkDeps(deps), actor, {
            organisationId: customerId,
            addresses: to,
            trialId: trial.id,
          }),
        });
      }
      await recordAudit(tx, deps.clock, actor, {
        organisationId: customerId,
        action: 'trial.started',
        targetType: 'trial',
        targetId: trial.id,
        after: { number: trial.number, state: trial.state, paying, services: terms.services.map((s) => s.id) },
      });
      await refreshCustomerListEntries(tx, [customerId]);
      return { trialId: trial.id, customerId };
    }),
  );
  const row = await requireVisibleTrial(deps.db, actor, trialId);
  return { trial: await trialDetailOf(deps.db, actor, row, now), customerId, openSetup: input.setup === 'now' };
}

/** TRI-5: the address itself when it is a full administrator, otherwise it and every full administrator. */
export async function consentRecipients(db: Database, customerId: string, adminEmail: string) {
  const fullAdmins = await customerAdminEmails(db, customerId, ['customer_full_admin']);
  const isFullAdmin = fullAdmins.some((e) => e.toLowerCase() === adminEmail.toLowerCase());
  return isFullAdmin ? [adminEmail] : [adminEmail, ...fullAdmins];
}

/** TRI-4, TRI-10: only services the customer has not bought and nobody is trialling can be chosen. */
export async function ensureServicesAvailable(
  db: Database,
  customerId: string,
  partnerId: string,
  terms: CheckedTerms,
  now: Date,
  exceptTrialId?: string,
) {
  const bought = await boughtServices(db, customerId, now);
  const trialled = await trialledServices(db, customerId, exceptTrialId);
  terms.services.forEach((service, index) => {
    if (bought.has(service.id)) {
      throw badRequest(`services.${index}`, `The customer has bought ${service.name} already.`);
    }
    const other = trialled.find((t) => t.serviceId === service.id);
    if (other) {
      throw badRequest(
        `services.${index}`,
        other.partnerId === partnerId
          ? `${service.name} is in another trial of this customer already.`
          : `Another partner is trialling ${service.name} with this customer.`,
      );
    }
  });
}

async function insertTrial(
  tx: Database,
  actor: Actor,
  customerId: string,
  input: { adminEmail: string; licenceQuantity: number; durationDays: number },
  terms: CheckedTerms,
  now: Date,
  values: Partial<typeof trials.$inferInsert> & { state: (typeof trials.$inferInsert)['state'] },
) {
  const trial = await insertTrialRow(tx, {
    customerId,
    number: newTrialNumber(),
    partnerId: actor.organisationId,
    licenceQuantity: input.licenceQuantity,
    durationDays: input.durationDays,
    adminEmail: input.adminEmail,
    meetingSiteUrl: terms.meetingSiteUrl,
    meetingTimeZone: terms.meetingTimeZone,
    requestedDevices: terms.requestedDevices,
    requestedByUserId: actor.userId,
    createdAt: now,
    ...values,
  });
  const deviceCount = terms.requestedDevices.reduce((sum, d) => sum + d.quantity, 0);
  await insertTrialServices(tx, trial, terms.services, input.licenceQuantity, deviceCount);
  // Devices ship when the trial begins (TRI-1); a trial waiting for consent ships them on acceptance.
  if (trial.startsAt && terms.requestedDevices.length > 0) await shipDevices(tx, trial, terms.requestedDevices, now);
  return trial;
}
