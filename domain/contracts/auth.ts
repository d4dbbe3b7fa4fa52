import { z } from 'zod';
import { allRoles, organisationKinds, type Permission, partnerTiers, permissions } from '../roles.ts';
import { localeSchema } from './common.ts';

export const signInRequest = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});
export type SignInRequest = z.infer<typeof signInRequest>;

/** Issue #10: a password someone chooses (invitation, setup, reset, change); the server also refuses common ones. */
export const NEW_PASSWORD_MIN_LENGTH = 12;
export const newPassword = z.string().min(NEW_PASSWORD_MIN_LENGTH).max(256);

/** What the caller may do (domain/roles.ts), so the web app shows only that and never reads role names. */
const permissionFlags = z.object(
  Object.fromEntries(permissions.map((p) => [p, z.boolean()])) as Record<Permission, z.ZodBoolean>,
);

export const sessionInfo = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: localeSchema,
  }),
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(organisationKinds),
    partnerTier: z.enum(partnerTiers).nullable(),
    /** IANA time zone: dates are shown in it, as the server counts days in it. */
    timeZone: z.string(),
  }),
  roles: z.array(z.enum(allRoles)),
  permissions: permissionFlags,
  /** Send back as the `x-csrf-token` header on every state-changing request made with the session cookie. */
  csrfToken: z.string(),
  /** The clock's current time (ISO 8601, UTC); in demo mode it may have been moved forward. */
  now: z.string(),
  demoMode: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const updateMeRequest = z.strictObject({ locale: localeSchema });
export type UpdateMeRequest = z.infer<typeof updateMeRequest>;

export const demoClockRequest = z
  .strictObject({
    advanceDays: z.number().int().min(1).max(3650).optional(),
    to: z.iso.datetime().optional(),
  })
  .refine((v) => (v.advanceDays === undefined) !== (v.to === undefined), {
    message: 'Give exactly one of advanceDays or to',
    path: ['advanceDays'],
  });
export const demoClockResponse = z.object({ now: z.string() });
