import { isIP } from 'node:net';
import { DAY_MS } from './clock.ts';

/** Rules of webhook delivery (NOT-2, BEY-9); docs/API.md, Webhooks, explains them to integrators. */

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 8 * 60 * 60_000;

/** Exponential backoff on business time: 1, 2, 4 … minutes after the `attempt`-th failed attempt, at most 8 hours. */
export function webhookRetryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
}

/** A delivery is marked failed after this many attempts: the retries span a little over 24 hours. */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** How long after the first attempt the last retry comes (at least 24 hours, as promised). */
export const retrySpanMs = (): number =>
  Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => webhookRetryDelayMs(i + 1)).reduce((a, b) => a + b, 0);

/** An endpoint whose attempts have failed for this long, with no success between, is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * DAY_MS;

export const shouldDisableEndpoint = (failingSince: Date | null, now: Date): boolean =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS;

/** After a rotation the previous secret keeps signing for this long, so receivers can switch without a gap. */
export const SECRET_OVERLAP_MS = DAY_MS;

/** The longest response excerpt kept per attempt. */
export const RESPONSE_EXCERPT_LENGTH = 500;

/**
 * SSRF protection: addresses a webhook may not reach unless an operator allows private addresses — loopback,
 * link-local (cloud metadata lives there), private, carrier-grade NAT, unspecified, multicast and reserved.
 */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return isPrivateV4(address);
  if (kind === 6) {
    const lower = address.toLowerCase();
    const mapped = lower.match(/^(?:0*:)*(?:0*:)?ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped?.[1]) return isPrivateV4(mapped[1]);
    if (lower === '::' || lower === '::1') return true;
    return /^(fe[89ab]|fc|fd|ff)/.test(lower);
  }
  return true;
}

function isPrivateV4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}
