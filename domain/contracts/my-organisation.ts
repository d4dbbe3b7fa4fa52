import { z } from 'zod';

/** "Start my organisation" (ORG-1): a partner opens its own organisation as a customer of itself. */

export const myOrganisationResponse = z.object({
  status: z.enum(['not_started', 'started']),
  /** The own customer organisation once started. */
  customerId: z.string().nullable(),
  startedAt: z.string().nullable(),
  /** Whether the caller may start it (the partner's full administrators). */
  mayStart: z.boolean(),
  /** The plan overview of the first-time guide: what will be created. */
  plan: z.object({
    organisationName: z.string(),
    country: z.string().nullable(),
    dataRegion: z.string().nullable(),
    timeZone: z.string(),
    administratorEmail: z.string(),
    services: z.array(z.object({ id: z.string(), name: z.string(), licenceUnit: z.string(), trialable: z.boolean() })),
  }),
});
export type MyOrganisationResponse = z.infer<typeof myOrganisationResponse>;

export const startMyOrganisationRequest = z.strictObject({
  /** The terms must be accepted before the organisation is created. */
  acceptTerms: z.literal(true, { error: 'Accept the terms to continue' }),
});
