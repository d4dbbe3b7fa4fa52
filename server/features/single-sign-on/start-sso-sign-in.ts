import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../../domain/clock.ts';
import { domainOf, SSO_SIGN_IN_VALIDITY_MS, type SsoFailure, safeReturnPath } from '../../../domain/single-sign-on.ts';
import type { Database } from '../../platform/db.ts';
import { TooManyAttempts } from '../../platform/errors.ts';
import { callbackUrlOf } from './get-single-sign-on.ts';
import { client, discoverProvider, failureReason } from './oidc.ts';
import { insertSignIn, providerForDomain } from './single-sign-on.queries.ts';

export type SsoDeps = { db: Database; clock: Clock; config: { publicUrl: string }; log?: FastifyBaseLogger };

/** Where a browser is sent: the identity provider, or back to sign-in with the reason. */
export type SsoRedirect = { to: 'provider'; url: string } | { to: 'sign-in'; failure: SsoFailure };

/**
 * The page to return to travels in the state the sign-in is stored under, after a random part: the callback takes
 * the stored sign-in by the whole state, so the page read back is the one stored here, and a state with a changed
 * page finds no sign-in. (Stored in the state's key rather than beside it, so no column was needed.)
 */
const RETURN_PATH_SEPARATOR = '.';

export function stateWithReturnPath(randomState: string, returnTo: string | null): string {
  if (!returnTo) return randomState;
  return `${randomState}${RETURN_PATH_SEPARATOR}${Buffer.from(returnTo, 'utf8').toString('base64url')}`;
}

/** The page a stored sign-in's state returns to (checked again), or null for the default landing page. */
export function returnPathOfState(state: string): string | null {
  const at = state.indexOf(RETURN_PATH_SEPARATOR);
  if (at < 0) return null;
  return safeReturnPath(Buffer.from(state.slice(at + 1), 'base64url').toString('utf8'));
}

/**
 * Starts a single sign-on for an e-mail: finds the provider covering its domain, stores state (with the page to
 * return to), nonce and PKCE verifier for SSO_SIGN_IN_VALIDITY_MS, and answers the provider's authorization URL
 * (code flow, S256).
 */
export async function startSsoSignIn(
  deps: SsoDeps,
  input: { email: string; returnTo?: string },
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
  // base64url has no '.', so the random part ends at the first separator.
  const state = stateWithReturnPath(client.randomState(), safeReturnPath(input.returnTo));
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
