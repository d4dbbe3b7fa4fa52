import { z } from 'zod';
import {
  issuerTransport,
  isValidDomain,
  MAX_RETURN_PATH_LENGTH,
  MAX_SSO_DOMAINS,
  normaliseDomain,
  safeReturnPath,
} from '../single-sign-on.ts';

/** Single sign-on with OpenID Connect (issue #10): the organisation's identity provider and the sign-in by e-mail. */

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(253)
  .refine((value) => isValidDomain(normaliseDomain(value)), { message: 'Enter a domain such as example.com' });

export const singleSignOnSettings = z.object({
  issuer: z.string(),
  clientId: z.string(),
  /** The secret is write-only: the answer only says whether one is stored. */
  clientSecretSet: z.boolean(),
  domains: z.array(z.string()),
  enabled: z.boolean(),
  /** Where the provider must send people back (its registered redirect URI). */
  redirectUri: z.string(),
  updatedAt: z.iso.datetime(),
});
export type SingleSignOnSettings = z.infer<typeof singleSignOnSettings>;

/** The organisation's provider, or null when it has none; the redirect URI to register either way. */
export const singleSignOnResponse = z.object({
  provider: singleSignOnSettings.nullable(),
  redirectUri: z.string(),
});
export type SingleSignOnResponse = z.infer<typeof singleSignOnResponse>;

export const saveSingleSignOnRequest = z.strictObject({
  /** The issuer identifier: https (http only on loopback); discovery is run against it on save. */
  issuer: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine((value) => issuerTransport(value) !== 'refused', {
      message: 'Enter the https address of the identity provider',
    }),
  clientId: z.string().trim().min(1).max(255),
  /** Needed the first time; left empty afterwards, the stored one is kept. */
  clientSecret: z.string().max(1024).optional(),
  domains: z.array(domain).min(1, 'Name at least one e-mail domain').max(MAX_SSO_DOMAINS),
  enabled: z.boolean(),
});
export type SaveSingleSignOnRequest = z.infer<typeof saveSingleSignOnRequest>;

export const signInMethodRequest = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
});
export type SignInMethodRequest = z.infer<typeof signInMethodRequest>;

export const signInMethodResponse = z.object({ method: z.enum(['password', 'sso']) });
export type SignInMethodResponse = z.infer<typeof signInMethodResponse>;

export const ssoStartQuery = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  returnTo: z
    .string()
    .max(MAX_RETURN_PATH_LENGTH)
    .refine((path) => safeReturnPath(path) !== null, 'must be a path of this app (not sign-in or the API)')
    .optional()
    .describe('The page of this app to land on once signed in; kept with the sign-in, not read back from the provider'),
});

/** What an identity provider sends back (RFC 6749 §4.1.2, RFC 9207 `iss`); unknown extras are ignored. */
export const ssoCallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
});
