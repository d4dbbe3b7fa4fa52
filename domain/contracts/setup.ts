import { z } from 'zod';
import { newPassword, sessionInfo } from './auth.ts';

/** Issue #10, first run: the one-time setup link creates the vendor organisation and its first operator. */

export const setupParams = z.object({ token: z.string().min(1).max(200) });

export const setupState = z.object({
  /** The address and name `channel-hub setup` was given; empty for the link the server prints at start. */
  email: z.string(),
  name: z.string(),
  expiresAt: z.string(),
});
export type SetupState = z.infer<typeof setupState>;

export const completeSetupRequest = z.strictObject({
  organisationName: z.string().trim().min(1).max(120),
  /** ISO country code of domain/reference-data.ts. */
  country: z.string().length(2),
  /** IANA time zone. */
  timeZone: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().email().max(254),
  newPassword,
});
export type CompleteSetupRequest = z.infer<typeof completeSetupRequest>;

export const completeSetupResponse = sessionInfo;
