import type { SaveSingleSignOnRequest, SingleSignOnResponse } from '../../../domain/contracts/single-sign-on.ts';
import type { Actor } from '../../../domain/roles.ts';
import { normaliseDomain } from '../../../domain/single-sign-on.ts';
import { recordAudit } from '../../platform/audit.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { readSingleSignOn, type SingleSignOnDeps } from './get-single-sign-on.ts';
import { discoverProvider, failureReason } from './oidc.ts';
import { ensureMayManageSingleSignOn } from './single-sign-on.policy.ts';
import { domainsOf, domainsTakenElsewhere, findProviderOf, saveProvider } from './single-sign-on.queries.ts';

const domainsConflict = (domains: string[]) =>
  new AppError(
    409,
    'conflict',
    `domains: ${domains.join(', ')} already ${domains.length === 1 ? 'signs' : 'sign'} in through another organisation’s identity provider.`,
    'domains',
  );

/**
 * Configures the organisation's identity provider (one per organisation). Discovery runs against the issuer
 * before anything is stored, so a wrong address is a 400 naming `issuer`; each domain belongs to one
 * organisation of the installation (409 naming `domains`). Audited without the secret.
 */
export async function saveSingleSignOn(
  deps: SingleSignOnDeps,
  actor: Actor,
  input: SaveSingleSignOnRequest,
): Promise<SingleSignOnResponse> {
  ensureMayManageSingleSignOn(actor);
  const domains = [...new Set(input.domains.map(normaliseDomain))].sort();
  const issuer = input.issuer.replace(/\/+$/, '');
  const existing = await findProviderOf(deps.db, actor.organisationId);
  const clientSecret = input.clientSecret ? input.clientSecret : existing?.clientSecret;
  if (!clientSecret)
    throw badRequest('clientSecret', 'clientSecret: Enter the client secret the identity provider gave.');
  try {
    await discoverProvider({ issuer, clientId: input.clientId, clientSecret });
  } catch (error) {
    throw badRequest('issuer', `issuer: OpenID Connect discovery at ${issuer} failed (${failureReason(error)}).`);
  }
  return deps.db.transaction(async (tx) => {
    const taken = await domainsTakenElsewhere(tx, actor.organisationId, domains);
    if (taken.length > 0) throw domainsConflict(taken);
    const before = existing
      ? {
          issuer: existing.issuer,
          clientId: existing.clientId,
          enabled: existing.enabled,
          domains: await domainsOf(tx, actor.organisationId, existing.id),
        }
      : undefined;
    let id: string;
    try {
      id = await saveProvider(tx, {
        organisationId: actor.organisationId,
        existingId: existing?.id ?? null,
        issuer,
        clientId: input.clientId,
        clientSecret,
        enabled: input.enabled,
        domains,
        now: deps.clock.now(),
      });
    } catch (error) {
      // Another organisation took one of the domains since the check (the domain is the table's key).
      if ((error as { code?: string; cause?: { code?: string } }).cause?.code === '23505')
        throw domainsConflict(domains);
      if ((error as { code?: string }).code === '23505') throw domainsConflict(domains);
      throw error;
    }
    await recordAudit(tx, deps.clock, actor, {
      organisationId: actor.organisationId,
      action: existing ? 'single_sign_on.updated' : 'single_sign_on.configured',
      targetType: 'identity_provider',
      targetId: id,
      before,
      after: { issuer, clientId: input.clientId, enabled: input.enabled, domains, secretChanged: !!input.clientSecret },
    });
    return readSingleSignOn(tx, actor.organisationId, deps.config.publicUrl);
  });
}
