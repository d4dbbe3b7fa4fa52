import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Clock } from '../../../domain/clock.ts';
import { sha256 } from '../../platform/sessions.ts';

/**
 * TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what every authenticator app reads from a QR code) with otplib,
 * on the injectable clock, and the recovery codes that stand in for a lost phone.
 */
export const TOTP_ISSUER = 'Channel Hub';
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

export async function totpCodeIsValid(clock: Clock, secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const epoch = Math.floor(clock.now().getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS });
  return result.valid;
}

// Without 0/o, 1/l/i: easy to copy from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Ten codes `abcde-fghjk` (about 49 bits each): shown once, stored as hashes. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => `${group()}-${group()}`);

/** Case, spaces and dashes do not matter when the code is typed back. */
export const recoveryCodeHash = (code: string): string => sha256(code.toLowerCase().replace(/[\s-]+/g, ''));
