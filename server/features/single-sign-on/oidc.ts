import * as client from 'openid-client';
import { issuerTransport } from '../../../domain/single-sign-on.ts';

/** How long discovery and the token request may take before the identity provider counts as unreachable. */
const TIMEOUT_SECONDS = 10;

export interface ProviderCredentials {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Runs OpenID Connect discovery against the issuer and returns the client's configuration (client_secret_post
 * unless the provider supports only Basic). Plain http only on loopback (domain/single-sign-on.ts).
 */
export async function discoverProvider(provider: ProviderCredentials): Promise<client.Configuration> {
  const transport = issuerTransport(provider.issuer);
  if (transport === 'refused') throw new Error('the issuer must be an https address');
  const config = await client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
    timeout: TIMEOUT_SECONDS,
    execute: transport === 'loopback' ? [client.allowInsecureRequests] : [],
  });
  const methods = config.serverMetadata().token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_post') && methods.includes('client_secret_basic')) {
    return new client.Configuration(
      config.serverMetadata(),
      provider.clientId,
      provider.clientSecret,
      client.ClientSecretBasic(provider.clientSecret),
    );
  }
  return config;
}

/** A short, log-safe reason a call to the provider failed. */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`.slice(0, 300);
}

export { client };
