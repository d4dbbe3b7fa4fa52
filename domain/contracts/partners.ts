import { z } from 'zod';
import { distributorProblem, partnerSortKeys, partnerStatuses } from '../partners.ts';
import { countries } from '../reference-data.ts';
import { allRoles, partnerTiers } from '../roles.ts';

/**
 * The Partners area of vendor operators (SPEC §1, ROL-5, issue #10): the list (also the partner picker of the
 * customer list and analytics), a partner's detail, creating a partner with its first full administrator,
 * editing, suspending and reactivating it.
 */

export const partnerListQuery = z.object({
  /** Part of the partner's name. */
  q: z.string().trim().max(200).optional(),
  tier: z.enum(partnerTiers).optional(),
  /** Tier-2 partners of this distributor. */
  distributorId: z.uuid().optional(),
  status: z.enum(partnerStatuses).optional(),
  /** A sort key, descending when prefixed with '-'. */
  sort: z
    .string()
    .regex(new RegExp(`^-?(${partnerSortKeys.join('|')})$`), 'Unknown sort column')
    .default('name'),
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** The list's query as a client sends it. */
export type PartnerListQuery = Omit<z.input<typeof partnerListQuery>, 'limit'> & { limit?: number };

const organisationRef = z.object({ id: z.string(), name: z.string() });

export const partnerListItem = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(partnerTiers).nullable(),
  /** A tier-2 partner's distributor. */
  distributor: organisationRef.nullable(),
  country: z.string().nullable(),
  timeZone: z.string(),
  status: z.enum(partnerStatuses),
  suspendedAt: z.string().nullable(),
  /** Customers the partner owns. */
  customers: z.number(),
  /** Its administrators (active and invited). */
  admins: z.number(),
});
export type PartnerListItem = z.infer<typeof partnerListItem>;

export const partnerList = z.object({
  items: z.array(partnerListItem),
  nextCursor: z.string().nullable(),
  /** Partners matching the filters. */
  total: z.number(),
});
export type PartnerList = z.infer<typeof partnerList>;

export const partnerAdministrator = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(allRoles)),
  /** Invited administrators have not chosen a password yet. */
  status: z.enum(['active', 'invited']),
  lastSignInAt: z.string().nullable(),
});
export type PartnerAdministrator = z.infer<typeof partnerAdministrator>;

export const partnerDetail = partnerListItem.extend({
  dataRegion: z.string().nullable(),
  createdAt: z.string(),
  /** A distributor's tier-2 partners. */
  tier2Partners: z.number(),
  administrators: z.array(partnerAdministrator),
});
export type PartnerDetail = z.infer<typeof partnerDetail>;

export const partnerIdParams = z.object({ id: z.uuid() });
export const partnerAdministratorParams = z.object({ id: z.uuid(), userId: z.uuid() });

const partnerName = z.string().trim().min(1).max(200);
const country = z
  .string()
  .refine((code) => countries.some((c) => c.code === code), 'Choose a country of the list (ISO code)');
/** An IANA time zone the runtime knows. */
const timeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');
/** A tier-2 partner's distributor; null (or left out) for every other tier. */
const distributorId = z.uuid().nullable();

export const createPartnerRequest = z
  .strictObject({
    name: partnerName,
    tier: z.enum(partnerTiers),
    distributorId: distributorId.optional(),
    country,
    timeZone,
    /** Invited as the partner's first full administrator. */
    admin: z.strictObject({
      name: z.string().trim().min(1).max(120),
      email: z.string().trim().toLowerCase().email().max(254),
    }),
  })
  .superRefine((request, ctx) => {
    const problem = distributorProblem(request.tier, request.distributorId);
    if (problem) ctx.addIssue({ code: 'custom', path: ['distributorId'], message: problem });
  });
export type CreatePartnerRequest = z.infer<typeof createPartnerRequest>;

/** Only the fields sent change; the tier rule is checked against the partner as it will be. */
export const updatePartnerRequest = z
  .strictObject({
    name: partnerName,
    tier: z.enum(partnerTiers),
    distributorId,
    country,
    timeZone,
    status: z.enum(partnerStatuses),
  })
  .partial();
export type UpdatePartnerRequest = z.infer<typeof updatePartnerRequest>;

export const createdPartner = z.object({ id: z.string(), adminId: z.string() });
