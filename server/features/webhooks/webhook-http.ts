import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress, RESPONSE_EXCERPT_LENGTH } from '../../../domain/webhooks.ts';

/**
 * One webhook POST. SSRF protection checks the address the socket actually connects to (in the DNS lookup the
 * connection uses), so neither a private IP literal nor a name that resolves to one — nor one that changes its
 * answer between a check and the connection — reaches the network behind the hub. Redirects are not followed.
 */

export interface WebhookResponse {
  status: number | null;
  excerpt: string;
  error: string | null;
  durationMs: number;
}

const TIMEOUT_MS = 15_000;

export class RefusedAddress extends Error {}

const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => !allowPrivate && isPrivateAddress(a.address));
      if (refused) {
        return callback(new RefusedAddress(`Refused: ${hostname} is a private address (${refused.address})`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`No address for ${hostname}`), '', 0);
      callback(null, first.address, first.family);
    });
  };

/** Whether a URL's host is an IP literal the hub would refuse (answered when an endpoint is saved). */
export function refusedLiteral(url: string, allowPrivate: boolean): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return !allowPrivate && (host === 'localhost' || (isIP(host) !== 0 && isPrivateAddress(host)));
}

export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
  wallNow: () => number,
): Promise<WebhookResponse> {
  const started = wallNow();
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const done = (status: number | null, excerpt: string, error: string | null): WebhookResponse => ({
    status,
    excerpt,
    error,
    durationMs: Math.max(0, Math.round(wallNow() - started)),
  });
  if (isIP(host) !== 0 && !allowPrivate && isPrivateAddress(host)) {
    return Promise.resolve(done(null, '', `Refused: ${host} is a private address`));
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        lookup: guardedLookup(allowPrivate),
        timeout: TIMEOUT_MS,
      },
      (response) => {
        let excerpt = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (excerpt.length < RESPONSE_EXCERPT_LENGTH) excerpt += chunk;
        });
        response.on('end', () =>
          resolve(done(response.statusCode ?? null, excerpt.slice(0, RESPONSE_EXCERPT_LENGTH), null)),
        );
        response.on('error', (error) => resolve(done(response.statusCode ?? null, excerpt, error.message)));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => resolve(done(null, '', error.message)));
    request.end(body);
  });
}
