import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the single sign-on tests and the browser
 * journey. Its development login form accepts any login: the login is the account, whose `email` claim is the
 * login itself (verified), unless the login is `unverified:<address>` (an unverified address) or
 * `alias:<address>` (the claim is that address, verified, whatever was typed at the hub). Consent is granted
 * on the way, so the login form is the only page.
 */
export interface TestIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startTestIssuer(options: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
  /** Let the process end without closing it. */
  unref?: boolean;
}): Promise<TestIssuer> {
  const clientId = options.clientId ?? 'channel-hub';
  const clientSecret = options.clientSecret ?? 'a-test-client-secret-of-some-length';
  let handler: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | null =
    null;
  const server: Server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  if (options.unref) server.unref();
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    scopes: ['openid', 'email'],
    pkce: { required: () => true },
    cookies: { keys: ['test-issuer-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const [kind, rest] = id.includes(':') ? [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)] : ['', id];
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: rest, email_verified: kind !== 'unverified' }),
      };
    },
    // Grants openid and email without a consent page.
    async loadExistingGrant(ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string }; provider: Provider };
    }) {
      const grant = new ctx.oidc.provider.Grant({
        accountId: ctx.oidc.session.accountId,
        clientId: ctx.oidc.client.clientId,
      });
      grant.addOIDCScope('openid email');
      grant.addOIDCClaims(['email', 'email_verified']);
      await grant.save();
      return grant;
    },
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let shared: Promise<TestIssuer> | null = null;
/** One issuer for the whole test process (the generated API tests' saves run discovery against it). */
export function sharedTestIssuer(): Promise<TestIssuer> {
  shared ??= startTestIssuer({ redirectUris: ['http://127.0.0.1/api/v1/auth/sso/callback'], unref: true });
  return shared;
}

/** A small cookie jar for following the provider's redirects with fetch. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Goes through the provider's login as `login`, from the authorization URL the hub redirected to, and returns
 * the URL the provider sends the browser back to (the hub's callback, with code and state, or an error).
 */
export async function loginAtIssuer(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  const get = async (url: string) => {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(response);
    return response;
  };
  let response = await get(authorizationUrl);
  let location = response.headers.get('location');
  for (let hop = 0; hop < 10 && location; hop++) {
    const url = new URL(location, authorizationUrl);
    if (!url.pathname.startsWith('/interaction/')) {
      if (url.origin === new URL(authorizationUrl).origin) {
        response = await get(url.href);
        location = response.headers.get('location');
        continue;
      }
      return url;
    }
    const page = await get(url.href);
    const html = await page.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on the provider's interaction page: ${html.slice(0, 200)}`);
    response = await fetch(new URL(action, url).href, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    jar.store(response);
    location = response.headers.get('location');
  }
  throw new Error('the provider did not send the browser back');
}
