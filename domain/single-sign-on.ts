/**
 * Single sign-on with OpenID Connect (issue #10): the pure rules shared by the server and the web. The decisions
 * where the issue is silent are in docs/single-sign-on.md.
 */

/** How long a sign-in may stay at the identity provider between the redirect and the callback. */
export const SSO_SIGN_IN_VALIDITY_MS = 10 * 60_000;

/** Most domains one provider covers. */
export const MAX_SSO_DOMAINS = 20;

/** A DNS name of at least two labels (letters, digits, hyphens; no leading or trailing hyphen), lower case. */
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const normaliseDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');

export const isValidDomain = (domain: string) => domainPattern.test(domain);

/** The domain of an e-mail address (lower case), or null when it has none. */
export function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return normaliseDomain(email.slice(at + 1));
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * An issuer must be https; plain http is accepted only on this machine's loopback (a provider started for a
 * test or a local trial), never across a network.
 */
export function issuerTransport(issuer: string): 'https' | 'loopback' | 'refused' {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'refused';
  }
  if (url.username || url.password || url.search || url.hash) return 'refused';
  if (url.protocol === 'https:') return 'https';
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return 'loopback';
  return 'refused';
}

/**
 * Why a single sign-on ended without a session, as the callback names it to the sign-in page (which translates
 * it). One reason for "no account here", whether the address is unknown or another organisation's, so the
 * page does not tell who has an account elsewhere.
 */
export const ssoFailures = [
  /** The address's domain uses no (enabled) single sign-on. */
  'not_available',
  /** The identity provider could not be reached or answered with an error. */
  'provider_error',
  /** The person cancelled or was refused at the identity provider. */
  'cancelled',
  /** The sign-in was not started here, was used already, or its state was changed. */
  'invalid_state',
  /** The sign-in took longer than SSO_SIGN_IN_VALIDITY_MS. */
  'expired',
  /** The provider named no verified e-mail address, or one of a domain it does not cover. */
  'email_not_accepted',
  /** No user of the provider's organisation has that address (unknown, or another organisation's). */
  'no_account',
  'account_disabled',
  'organisation_suspended',
  /** Too many sign-ins started for this address from this client (the sign-in throttle). */
  'rate_limited',
] as const;
export type SsoFailure = (typeof ssoFailures)[number];

/** The query parameter of /sign-in that carries an SsoFailure. */
export const SSO_FAILURE_PARAM = 'sso_error';

/** Longest page a sign-in returns to: it travels inside the OpenID state, which providers echo within limits. */
export const MAX_RETURN_PATH_LENGTH = 300;

/**
 * The page to land on after signing in, when it is one of this app's own pages: a path starting with a single
 * `/` (no `//host`, no backslash, which browsers read as a slash), printable ASCII only, that a browser resolves
 * to this same origin and path, and neither the sign-in page nor the API. Anything else is null: the caller lands
 * on its default page instead of being sent elsewhere (an open redirect).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > MAX_RETURN_PATH_LENGTH) return null;
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(value) || value.includes('\\')) return null;
  const base = 'https://app.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base || `${url.pathname}${url.search}${url.hash}` !== value) return null;
  if (/^\/(sign-in|api)(\/|$)/.test(url.pathname)) return null;
  return value;
}
