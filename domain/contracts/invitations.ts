import { z } from 'zod';
import { organisationKinds } from '../roles.ts';
import { newPassword, sessionInfo } from './auth.ts';

/** Issue #10: the public page of a one-time invitation link (`/invitations/{token}`). */

export const invitationParams = z.object({ token: z.string().min(1).max(200) });

export const invitationLinkStates = ['valid', 'expired', 'used', 'revoked'] as const;
export type InvitationLinkState = (typeof invitationLinkStates)[number];

export const invitationResponse = z.object({
  state: z.enum(invitationLinkStates),
  invitee: z.object({ name: z.string(), email: z.string() }),
  organisation: z.object({ name: z.string(), kind: z.enum(organisationKinds), suspended: z.boolean() }),
  /** Who sent the invitation; null when it is not known any more. */
  inviter: z.object({ name: z.string(), organisationName: z.string() }).nullable(),
  expiresAt: z.string(),
  /** The invitee has chosen a password already (with this link or another): nothing to renew, they sign in. */
  accepted: z.boolean(),
  /** A new link was asked for already (once per link). */
  renewalRequested: z.boolean(),
});
export type InvitationResponse = z.infer<typeof invitationResponse>;

/** The invitee may correct the name the inviter typed (a trial customer's admin is invited by address only). */
export const acceptInvitationRequest = z.strictObject({ name: z.string().trim().min(1).max(120), newPassword });
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;

export const acceptInvitationResponse = z.object({
  session: sessionInfo,
  /** Where the new user goes first: their trial waiting for them, else the start page (null). */
  next: z.string().nullable(),
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponse>;

export const invitationRenewalResponse = z.object({ requested: z.literal(true) });
