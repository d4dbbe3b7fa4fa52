import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../../domain/clock.ts';
import { domainOf, SSO_SIGN_IN_VALIDITY_MS, type SsoFailure } from '../../../domain/single-sign-on.ts';
import type { Database } from '../../platform/db.ts';
import { TooManyAttempts } from '../../platform/errors.ts';
import { callbackUrlOf } from './get-single-sign-on.ts';
import { client, discoverProvider, failureReason } from './oidc.ts';
import { insertSignIn, providerForDomain } from './single-sign-on.queries.ts';

export type SsoDeps = { db: Database; clock: Clock; config: { publicUrl: string }; log?: FastifyBaseLogger };

/** Where a browser is sent: the identity provider, or back to sign-in with the reason. */
export type SsoRedirect = { to: 'provider'; url: string } | { to: 'sign-in'; failure: SsoFailure };

/**
 * Starts a single sign-on for an e-mail: finds the provider covering its domain, stores state, nonce and PKCE
 * verifier for SSO_SIGN_IN_VALIDITY_MS, and answers the provider's authorization URL (code flow, S256).
 */
export async function startSsoSignIn(
  deps: SsoDeps,
  input: { email: string },
  /** Counts the attempt against the sign-in throttle (the callers' address and the e-mail); throws when over. */
  admit: () => Promise<void> = async () => {},
): Promise<SsoRedirect> {
  const domain = domainOf(input.email);
  const covering = domain ? await providerForDomain(deps.db, domain) : null;
  if (!covering?.provider.enabled) return { to: 'sign-in', failure: 'not_available' };
  if (covering.organisationStatus !== 'active') return { to: 'sign-in', failure: 'organisation_suspended' };
  const { provider } = covering;
  // Each start stores a row: throttled like password sign-ins, per client address and e-mail.
  try {
    await admit();
  } catch (error) {
    if (error instanceof TooManyAttempts) return { to: 'sign-in', failure: 'rate_limited' };
    throw error;
  }
  let config: client.Configuration;
  try {
    config = await discoverProvider(provider);
  } catch (error) {
    deps.log?.warn({ issuer: provider.issuer, reason: failureReason(error) }, 'single sign-on: discovery failed');
    return { to: 'sign-in', failure: 'provider_error' };
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) =>
    insertSignIn(
      tx,
      {
        state,
        organisationId: provider.organisationId,
        providerId: provider.id,
        email: input.email,
        nonce,
        codeVerifier,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SSO_SIGN_IN_VALIDITY_MS),
      },
      now,
    ),
  );
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrlOf(deps.config.publicUrl),
    response_type: 'code',
    scope: 'openid email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    login_hint: input.email,
  });
  return { to: 'provider', url: url.href };
}
