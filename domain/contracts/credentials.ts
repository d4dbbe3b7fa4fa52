/**
 * Issue #10, REL-5: a user's own credentials: forgotten and changed passwords, TOTP two-factor sign-in with
 * recovery codes, the sign-in step after the password for users with two-factor, the organisation's
 * "everyone uses two-factor" rule, and the user's live sessions.
 */
import { z } from 'zod';
import { newPassword, sessionInfo } from './auth.ts';

const email = z.string().trim().toLowerCase().email().max(254);
/** A token from a one-time link or a sign-in challenge: base64url, as the server issues them. */
const token = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

// ——— Passwords ———

export const passwordResetRequest = z.strictObject({ email });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;
/** The same answer whether or not the address has an account. */
export const passwordResetAccepted = z.object({ accepted: z.literal(true) });

export const passwordResetTokenParams = z.object({ token });
export const passwordResetStates = ['valid', 'expired', 'used', 'revoked'] as const;
export const passwordResetState = z.object({
  state: z.enum(passwordResetStates),
  /** Whose password the link resets; only while the link is valid. */
  email: z.string().nullable(),
});
export type PasswordResetState = z.infer<typeof passwordResetState>;

export const completePasswordResetRequest = z.strictObject({
  newPassword,
});
export type CompletePasswordResetRequest = z.infer<typeof completePasswordResetRequest>;

export const changePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

// ——— Two-factor (TOTP) ———

/** Six digits from the authenticator app (spaces allowed, as apps group them "123 456"). */
export const totpCode = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'));
/** A recovery code as shown at enrolment (`abcde-fghij`); case, spaces and dashes do not matter. */
export const recoveryCode = z.string().trim().min(8).max(32);

export const twoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The organisation requires two-factor sign-in: it cannot be turned off. */
  requiredByOrganisation: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatus>;

export const twoFactorEnrolment = z.object({
  /** The shared secret (base32), shown as text beside the QR code for apps where one types it in. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code: an SVG data URL. */
  qrCode: z.string(),
});
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolment>;

export const confirmTwoFactorRequest = z.strictObject({ code: totpCode });
export type ConfirmTwoFactorRequest = z.input<typeof confirmTwoFactorRequest>;
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponse>;

export const passwordConfirmation = z.strictObject({ password: z.string().min(1).max(256) });
export type PasswordConfirmation = z.infer<typeof passwordConfirmation>;

// ——— Sign-in's second step ———

export const signInChallengeKinds = ['verify', 'enrol'] as const;
export type SignInChallengeKind = (typeof signInChallengeKinds)[number];
/** The password was right; no session yet. `verify`: give a code; `enrol`: the organisation requires two-factor. */
export const signInChallengeResponse = z.object({
  twoFactor: z.object({
    challenge: z.string(),
    kind: z.enum(signInChallengeKinds),
    expiresAt: z.string(),
  }),
});
export type SignInChallengeResponse = z.infer<typeof signInChallengeResponse>;

export const challengeRequest = z.strictObject({ challenge: token });
export const twoFactorSignInRequest = z
  .strictObject({ challenge: token, code: totpCode.optional(), recoveryCode: recoveryCode.optional() })
  .refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), {
    message: 'Give the code from your authenticator app or a recovery code.',
    path: ['code'],
  });
export type TwoFactorSignInRequest = z.input<typeof twoFactorSignInRequest>;
/** The session; after enrolling at sign-in, also the recovery codes (shown once). */
export const twoFactorSignInResponse = sessionInfo.extend({ recoveryCodes: z.array(z.string()).optional() });
export type TwoFactorSignInResponse = z.infer<typeof twoFactorSignInResponse>;

// ——— The organisation's rule ———

export const securityPolicy = z.object({
  requireTwoFactor: z.boolean(),
  /** Active members who have not turned two-factor on (they enrol at their next sign-in once it is required). */
  membersWithoutTwoFactor: z.number().int(),
});
export type SecurityPolicy = z.infer<typeof securityPolicy>;
export const updateSecurityPolicyRequest = z.strictObject({ requireTwoFactor: z.boolean() });
export type UpdateSecurityPolicyRequest = z.infer<typeof updateSecurityPolicyRequest>;

// ——— Sessions ———

export const sessionMethods = ['password', 'two_factor', 'sso'] as const;
export const userSession = z.object({
  id: z.string(),
  /** Browser and system read from the user agent, e.g. "Firefox on Windows"; null when unknown. */
  browser: z.string().nullable(),
  system: z.string().nullable(),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  method: z.enum(sessionMethods),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export type UserSession = z.infer<typeof userSession>;
export const userSessionList = z.object({ items: z.array(userSession) });
export type UserSessionList = z.infer<typeof userSessionList>;
export const sessionIdParams = z.object({ id: z.uuid() });
export const endedSessions = z.object({ ended: z.number().int() });
