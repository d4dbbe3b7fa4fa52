import type { SignInMethodResponse } from '../../../domain/contracts/single-sign-on.ts';
import { domainOf } from '../../../domain/single-sign-on.ts';
import type { Database } from '../../platform/db.ts';
import { providerForDomain } from './single-sign-on.queries.ts';

/**
 * How the sign-in page goes on after the e-mail: `sso` when the address's domain is covered by an enabled
 * identity provider. It depends on the domain only, so it says nothing about whether the address has an account.
 */
export async function findSignInMethod(
  deps: { db: Database },
  input: { email: string },
): Promise<SignInMethodResponse> {
  const domain = domainOf(input.email);
  const covering = domain ? await providerForDomain(deps.db, domain) : null;
  return { method: covering?.provider.enabled ? 'sso' : 'password' };
}
