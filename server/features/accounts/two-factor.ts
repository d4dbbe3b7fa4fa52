import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Clock } from '../../../domain/clock.ts';
import type { Database } from '../../platform/db.ts';
import { sha256 } from '../../platform/sessions.ts';
import { recordTotpStep } from './credentials.queries.ts';

/**
 * TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what every authenticator app reads from a QR code) with otplib,
 * on the injectable clock, and the recovery codes that stand in for a lost phone.
 */
export const TOTP_ISSUER = 'Channel Hub';
const TOTP_STEP_SECONDS = 30;
/** One step either side, for a phone whose clock is a little off. */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export async function newTotpEnrolment(accountName: string) {
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const qrCode = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return { secret, otpauthUri, qrCode };
}

/** The time step `code` belongs to, when it is the secret's code now (within one step either side); else null. */
export async function totpCodeStep(clock: Clock, secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(clock.now().getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS });
  // `delta` is how many 30-second steps the code is off the current one.
  return result.valid ? Math.floor(epoch / TOTP_STEP_SECONDS) + result.delta : null;
}

/**
 * A sign-in code: valid now and not used before. The accepted code's step is recorded in the caller's transaction,
 * and a code of that step or an earlier one is refused from then on (RFC 6238 §5.2), so a code seen over someone's
 * shoulder cannot be replayed within its 30 seconds; the conditional update lets only one of two concurrent
 * sign-ins with one code through. (Confirming an enrolment checks the code without spending it.)
 */
export async function acceptTotpCode(
  tx: Database,
  clock: Clock,
  user: { id: string; totpSecret: string },
  code: string,
): Promise<boolean> {
  const step = await totpCodeStep(clock, user.totpSecret, code);
  return step !== null && (await recordTotpStep(tx, user.id, step));
}

// Without 0/o, 1/l/i: easy to copy from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Ten codes `abcde-fghjk` (about 49 bits each): shown once, stored as hashes. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => `${group()}-${group()}`);

/** Case, spaces and dashes do not matter when the code is typed back. */
export const recoveryCodeHash = (code: string): string => sha256(code.toLowerCase().replace(/[\s-]+/g, ''));
