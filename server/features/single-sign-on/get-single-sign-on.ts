import type { Clock } from '../../../domain/clock.ts';
import type { SingleSignOnResponse } from '../../../domain/contracts/single-sign-on.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database } from '../../platform/db.ts';
import { ensureMayManageSingleSignOn } from './single-sign-on.policy.ts';
import { domainsOf, findProviderOf } from './single-sign-on.queries.ts';

export type SingleSignOnDeps = { db: Database; clock: Clock; config: { publicUrl: string } };

/** Where the identity provider sends people back; registered with the provider as the client's redirect URI. */
export const callbackUrlOf = (publicUrl: string) => `${publicUrl}/api/v1/auth/sso/callback`;

/** The organisation's identity provider as its administrators see it: never the client secret. */
export async function readSingleSignOn(db: Database, organisationId: string, publicUrl: string) {
  const redirectUri = callbackUrlOf(publicUrl);
  const provider = await findProviderOf(db, organisationId);
  if (!provider) return { provider: null, redirectUri };
  return {
    provider: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecretSet: provider.clientSecret.length > 0,
      domains: await domainsOf(db, organisationId, provider.id),
      enabled: provider.enabled,
      redirectUri,
      updatedAt: provider.updatedAt.toISOString(),
    },
    redirectUri,
  } satisfies SingleSignOnResponse;
}

export async function getSingleSignOn(deps: SingleSignOnDeps, actor: Actor): Promise<SingleSignOnResponse> {
  ensureMayManageSingleSignOn(actor);
  return readSingleSignOn(deps.db, actor.organisationId, deps.config.publicUrl);
}
