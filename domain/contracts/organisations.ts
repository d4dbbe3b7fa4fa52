import { z } from 'zod';
import { organisationKinds, partnerTiers } from '../roles.ts';

export const organisationSettings = z.object({
  /** CUS-2: a subscription or trial ending within this many days is "Expiring soon". */
  expiringSoonDays: z.number().int().min(1).max(365),
  /** CUS-2: no customer administrator sign-in for this many days is "No recent activity". */
  noRecentActivityDays: z.number().int().min(1).max(365),
});
export type OrganisationSettings = z.infer<typeof organisationSettings>;
export const defaultOrganisationSettings: OrganisationSettings = { expiringSoonDays: 30, noRecentActivityDays: 30 };

export const organisationSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  partnerTier: z.enum(partnerTiers).nullable(),
  country: z.string().nullable(),
  dataRegion: z.string().nullable(),
  timeZone: z.string(),
});
export type OrganisationSummary = z.infer<typeof organisationSummary>;

export const organisationIdParams = z.object({ id: z.uuid() });
export const updateOrganisationSettingsRequest = z.strictObject(organisationSettings.shape).partial();
export type UpdateOrganisationSettingsRequest = z.infer<typeof updateOrganisationSettingsRequest>;
