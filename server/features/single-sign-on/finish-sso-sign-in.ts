import type { Role } from '../../../domain/roles.ts';
import { domainOf, type SsoFailure } from '../../../domain/single-sign-on.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { SessionOrigin, SessionStore } from '../../platform/sessions.ts';
import { revokeAccountLinksOf } from '../accounts/account-links.ts';
import { noteSignIn } from '../auth/sign-in.ts';
import { callbackUrlOf } from './get-single-sign-on.ts';
import { client, discoverProvider, failureReason } from './oidc.ts';
import { activateUser, coversDomain, findProvider, takeSignIn, userOfOrganisation } from './single-sign-on.queries.ts';
import { returnPathOfState, type SsoDeps } from './start-sso-sign-in.ts';

export interface SsoCallback {
  /** The query string the provider sent back, as received (without the leading `?`). */
  search: string;
  state?: string;
  error?: string;
}

export type SsoOutcome =
  | {
      ok: true;
      userId: string;
      token: string;
      csrfToken: string /** The page asked for before signing in. */;
      returnTo: string | null;
    }
  | { ok: false; failure: SsoFailure };

const failed = (failure: SsoFailure): SsoOutcome => ({ ok: false, failure });

/**
 * The provider's answer: the stored sign-in of its state (used once, within its validity), the code exchanged
 * with the PKCE verifier and the ID token's nonce checked (openid-client also checks the issuer and audience),
 * then the verified e-mail matched to an existing user of the provider's organisation. Never creates a user nor
 * gives a role; an invited user becomes active, as accepting the invitation would have made it.
 */
export async function finishSsoSignIn(
  deps: SsoDeps & { sessions: SessionStore },
  input: SsoCallback,
  origin: Omit<SessionOrigin, 'method'>,
): Promise<SsoOutcome> {
  if (!input.state) return failed('invalid_state');
  const signIn = await deps.db.transaction(async (tx) => takeSignIn(tx, input.state as string));
  if (!signIn) return failed('invalid_state');
  if (signIn.expiresAt.getTime() <= deps.clock.now().getTime()) return failed('expired');
  if (input.error) return failed(input.error === 'access_denied' ? 'cancelled' : 'provider_error');
  const provider = await findProvider(deps.db, signIn.organisationId, signIn.providerId);
  if (!provider?.enabled) return failed('not_available');

  let claims: Record<string, unknown> | undefined;
  try {
    const config = await discoverProvider(provider);
    const tokens = await client.authorizationCodeGrant(
      config,
      new URL(`${callbackUrlOf(deps.config.publicUrl)}?${input.search}`),
      {
        pkceCodeVerifier: signIn.codeVerifier,
        expectedState: signIn.state,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      },
    );
    claims = tokens.claims();
    // Providers that keep the ID token small (oidc-provider's conformIdTokenClaims) give the address at userinfo.
    if (claims && claims.email === undefined && tokens.access_token) {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...userInfo, ...claims, email: userInfo.email, email_verified: userInfo.email_verified };
    }
  } catch (error) {
    deps.log?.warn({ issuer: provider.issuer, reason: failureReason(error) }, 'single sign-on: code exchange failed');
    return failed('provider_error');
  }
  const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : null;
  const domain = email ? domainOf(email) : null;
  if (!email || !domain || claims?.email_verified !== true) return failed('email_not_accepted');
  if (!(await coversDomain(deps.db, provider.organisationId, provider.id, domain))) return failed('email_not_accepted');

  const outcome = await deps.db.transaction(async (tx): Promise<SsoFailure | { userId: string }> => {
    const user = await userOfOrganisation(tx, provider.organisationId, email);
    // Without a role a person is a licensed user of the customer's services, not an account of the hub.
    if (!user || user.roles.length === 0) return 'no_account';
    if (user.status === 'disabled') return 'account_disabled';
    if (user.organisationStatus !== 'active') return 'organisation_suspended';
    // The person signing in is the audit's actor.
    const self = {
      userId: user.id,
      organisationId: user.organisationId,
      organisationKind: user.kind,
      partnerTier: null,
      roles: user.roles as Role[],
    };
    if (user.status === 'invited') {
      await activateUser(tx, user.organisationId, user.id);
      // The invitation is answered: its link must not set a password afterwards.
      await revokeAccountLinksOf(tx, deps.clock, [user.id]);
      await recordAudit(tx, deps.clock, self, {
        organisationId: user.organisationId,
        action: 'user.activated',
        targetType: 'user',
        targetId: user.id,
        before: { status: 'invited' },
        after: { status: 'active', by: 'single_sign_on' },
      });
    }
    await noteSignIn(tx, deps.clock, user);
    await recordAudit(tx, deps.clock, self, {
      organisationId: user.organisationId,
      action: 'user.signed_in_with_sso',
      targetType: 'user',
      targetId: user.id,
      after: { issuer: provider.issuer, subject: typeof claims?.sub === 'string' ? claims.sub : null },
    });
    return { userId: user.id };
  });
  if (typeof outcome === 'string') return failed(outcome);
  const session = await deps.sessions.create(outcome.userId, provider.organisationId, { method: 'sso', ...origin });
  // Read from the stored sign-in, never from the query the provider sent back.
  return { ok: true, userId: outcome.userId, ...session, returnTo: returnPathOfState(signIn.state) };
}
