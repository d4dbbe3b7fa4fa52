import { countryByCode } from '../../domain/reference-data.ts';
import type { PartnerTier, Role } from '../../domain/roles.ts';
import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext, orderedId, type PartnerAdmins, type PartnerRecord } from './context.ts';
import { namedPartners, vendorName } from './named-accounts.ts';
import { partnerNameParts, personName, weightedCountries } from './names.ts';
import type { Random } from './random.ts';

/** The vendor, the free consumer organisation (TRI-15) and the partners with their administrators and tags. */

const tagNames = ['Strategic', 'Renewal focus', 'Public sector', 'Upsell calling', 'At risk', 'Key account', 'Nordics'];
const tagColours = ['blue', 'green', 'red', 'orange', 'grape', 'teal', 'yellow'];

const adminRoles: [keyof PartnerAdmins, Role][] = [
  ['full', 'partner_full_admin'],
  ['admin', 'partner_admin'],
  ['readOnly', 'partner_read_only_admin'],
  ['sales', 'sales_admin'],
  ['salesFull', 'sales_full_admin'],
];

/** Writes the vendor with its operator; returns their ids. */
export function writeVendor(
  ctx: Omit<GenerationContext, 'vendorId' | 'vendorOperatorId'>,
  rng: Random,
): { vendorId: string; vendorOperatorId: string } {
  const vendorId = orderedId(ctx, rng);
  const vendorOperatorId = orderedId(ctx, rng);
  const createdAt = dayToDate(ctx, -1500);
  const w = ctx.writer;
  w.add(schema.organisations, {
    id: vendorId,
    kind: 'vendor',
    name: vendorName,
    country: 'DK',
    timeZone: 'Europe/Copenhagen',
    createdAt,
  });
  w.add(schema.users, {
    organisationId: vendorId,
    id: vendorOperatorId,
    email: 'operator@vendor.demo',
    name: 'Vera Operator',
    passwordHash: ctx.passwordHash,
    lastSignInAt: dayToDate(ctx, -0.5),
    createdAt,
  });
  w.add(schema.roleAssignments, {
    organisationId: vendorId,
    userId: vendorOperatorId,
    role: 'vendor_operator',
    createdAt,
  });
  // TRI-15: a released trial's users move to the free consumer organisation.
  w.add(schema.organisations, {
    id: orderedId(ctx, rng),
    kind: 'consumer',
    name: 'Free consumer organisation',
    timeZone: 'UTC',
    createdAt,
  });
  return { vendorId, vendorOperatorId };
}

interface PartnerSpec {
  name: string;
  tier: PartnerTier;
  distributorIndex: number | null;
  countryCode: string;
  admins: Partial<Record<keyof PartnerAdmins, string>> & { full: string };
}

/** Partners 0–3 are the named demo partners; the rest are drawn (2 % distributors, 20 % tier 2). */
export function partnerSpecs(rng: Random, count: number): PartnerSpec[] {
  const specs: PartnerSpec[] = namedPartners.slice(0, count).map((p) => ({ ...p, admins: { ...p.admins } }));
  const distributors = [2];
  for (let index = specs.length; index < count; index++) {
    const tier = rng.weighted<PartnerTier>([
      ['tier1', 0.78],
      ['tier2', 0.2],
      ['distributor', 0.02],
    ]);
    if (tier === 'distributor') distributors.push(index);
    const country = rng.weighted(weightedCountries);
    const domain = `partner-${index}.example`;
    const admins = Object.fromEntries(adminRoles.map(([key]) => [key, `${key.toLowerCase()}@${domain}`]));
    specs.push({
      name: `${rng.pick(partnerNameParts.first)} ${rng.pick(partnerNameParts.second)} ${country.name}`,
      tier,
      distributorIndex: tier === 'tier2' ? rng.pick(distributors) : null,
      countryCode: country.code,
      admins: admins as PartnerSpec['admins'],
    });
  }
  return specs;
}

export function writePartners(ctx: GenerationContext, rng: Random, specs: PartnerSpec[]): PartnerRecord[] {
  const w = ctx.writer;
  const records: PartnerRecord[] = [];
  specs.forEach((spec, index) => {
    const id = orderedId(ctx, rng);
    const country = countryByCode(spec.countryCode);
    const createdAt = dayToDate(ctx, -rng.real(400, 1400));
    w.add(schema.organisations, {
      id,
      kind: 'partner',
      name: spec.name,
      partnerTier: spec.tier,
      distributorId: spec.distributorIndex === null ? null : (records[spec.distributorIndex]?.id ?? null),
      country: country.code,
      dataRegion: country.region,
      timeZone: country.timeZone,
      termsAcceptedAt: createdAt,
      settings: { expiringSoonDays: 30, noRecentActivityDays: 30 },
      createdAt,
    });
    const admins: Partial<PartnerAdmins> = {};
    for (const [key, role] of adminRoles) {
      const email = spec.admins[key];
      if (!email) continue;
      const userId = orderedId(ctx, rng);
      admins[key] = userId;
      w.add(schema.users, {
        organisationId: id,
        id: userId,
        email,
        name: personName(rng).name,
        passwordHash: ctx.passwordHash,
        lastSignInAt: dayToDate(ctx, -rng.real(0.05, 10)),
        createdAt,
      });
      w.add(schema.roleAssignments, {
        organisationId: id,
        userId,
        role,
        grantedByUserId: admins.full ?? null,
        createdAt,
      });
    }
    const tagIds: string[] = [];
    if (spec.tier !== 'distributor') {
      tagNames.slice(0, 4 + (index % 4)).forEach((name, i) => {
        const tagId = rng.uuid();
        tagIds.push(tagId);
        w.add(schema.tags, {
          partnerId: id,
          id: tagId,
          name,
          colour: tagColours[i] as string,
          createdByUserId: admins.full as string,
          createdAt,
        });
      });
    }
    records.push({
      index,
      id,
      name: spec.name,
      tier: spec.tier,
      distributorId: spec.distributorIndex === null ? null : (records[spec.distributorIndex]?.id ?? null),
      timeZone: country.timeZone,
      admins: admins as PartnerAdmins,
      tagIds,
    });
  });
  const partnerOne = records[0];
  if (partnerOne) {
    // RES-2: the partner helpdesk has seen a couple of requests.
    for (const [product, subject, status] of [
      ['calling', 'Number porting for a new customer stalls', 'open'],
      ['contact_center', 'Queue statistics missing after upgrade', 'closed'],
    ]) {
      const createdAt = dayToDate(ctx, -rng.real(2, 40));
      w.add(schema.helpdeskRequests, {
        partnerId: partnerOne.id,
        id: rng.uuid(),
        product: product as string,
        subject: subject as string,
        body: `${subject}. Please advise.`,
        status: status as string,
        createdByUserId: partnerOne.admins.full,
        createdAt,
        updatedAt: createdAt,
        closedAt: status === 'closed' ? createdAt : null,
      });
    }
  }
  return records;
}
