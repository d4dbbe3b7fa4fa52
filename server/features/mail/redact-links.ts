import { accountLinkPaths } from '../accounts/account-links.ts';

/**
 * Issue #10: one-time links (setup, invitation, password reset) in a stored e-mail are as good as the account they
 * open, so the Sent mail page never shows their tokens: the path stays (an operator sees which kind of link went
 * out), the token becomes a placeholder. Tokens are base64url (account-links.ts, randomToken).
 */
const paths = Object.values(accountLinkPaths)
  .map((path) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
const oneTimeLink = new RegExp(`(${paths})/[A-Za-z0-9_-]+`, 'g');

export const REDACTED_TOKEN = '[one-time token hidden]';

export function redactOneTimeLinks(text: string): string {
  return text.replace(oneTimeLink, `$1/${REDACTED_TOKEN}`);
}
