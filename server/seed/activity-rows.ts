import * as schema from '../db/schema/index.ts';
import { dayToDate, type GenerationContext, isoDate } from './context.ts';
import type { Random } from './random.ts';

/**
 * Customer One's support activity (SPEC §11): two workspaces, an active and an expired agreement with
 * enterprise-wide and add-on packages, consumable entitlements with consumption, additional benefits,
 * support cases — among them the additional cases of ACT-6 — and support groups with shared requests.
 */

type Category = (typeof schema.entitlementCategory.enumValues)[number];

interface EntitlementSpec {
  category: Category;
  name: string;
  unit: string;
  bought: number | null;
  description: string;
}

const enterpriseEntitlements: EntitlementSpec[] = [
  {
    category: 'reactive_support',
    name: 'Reactive support',
    unit: 'hours',
    bought: 200,
    description: 'Problem resolution around the clock.',
  },
  {
    category: 'advisory_support',
    name: 'Advisory support',
    unit: 'hours',
    bought: 80,
    description: 'Guidance on planning and configuration.',
  },
  {
    category: 'proactive_services',
    name: 'Proactive services',
    unit: 'hours',
    bought: 120,
    description: 'Assessments and workshops delivered by engineers.',
  },
  {
    category: 'proactive_credits',
    name: 'Proactive credits',
    unit: 'credits',
    bought: 500,
    description: 'Credits to exchange for proactive offerings.',
  },
  {
    category: 'on_demand_education',
    name: 'On-demand education',
    unit: 'seats',
    bought: 40,
    description: 'Self-paced courses for your staff.',
  },
  {
    category: 'support_contacts',
    name: 'Named support contacts',
    unit: 'contacts',
    bought: 6,
    description: 'People who may open support requests.',
  },
  {
    category: 'on_demand_assessments',
    name: 'On-demand assessments',
    unit: 'assessments',
    bought: 10,
    description: 'Automated health checks of your environment.',
  },
];

const benefits: EntitlementSpec[] = [
  {
    category: 'reactive_support',
    name: 'Critical situation management',
    unit: 'benefit',
    bought: null,
    description: 'A manager for severity A incidents.',
  },
  {
    category: 'on_demand_education',
    name: 'Webcast library',
    unit: 'benefit',
    bought: null,
    description: 'Recorded webcasts on every product.',
  },
];

export interface ActivityInput {
  rng: Random;
  customerId: string;
  adminId: string;
  userIds: string[];
}

export function writeCustomerActivity(ctx: GenerationContext, input: ActivityInput): void {
  const { rng, customerId, adminId, userIds } = input;
  const w = ctx.writer;
  const day = (d: number) => isoDate(dayToDate(ctx, d));
  const workspaces = ['Headquarters', 'Nordic subsidiary'].map((name) => ({ id: rng.uuid(), name }));
  for (const ws of workspaces) w.add(schema.workspaces, { customerId, id: ws.id, name: ws.name });
  const [hq, nordic] = workspaces as [(typeof workspaces)[0], (typeof workspaces)[0]];
  for (const userId of [adminId, ...userIds.slice(0, 6)]) {
    w.add(schema.workspaceMembers, { customerId, workspaceId: hq.id, userId });
  }
  for (const userId of userIds.slice(4, 9))
    w.add(schema.workspaceMembers, { customerId, workspaceId: nordic.id, userId });

  const agreements = [
    {
      id: rng.uuid(),
      workspaceId: hq.id,
      number: 'AGR-2024-0117',
      name: 'Unified Enterprise Support',
      from: -300,
      to: 430,
    },
    {
      id: rng.uuid(),
      workspaceId: hq.id,
      number: 'AGR-2022-0042',
      name: 'Premier Support (previous term)',
      from: -1030,
      to: -301,
    },
    {
      id: rng.uuid(),
      workspaceId: nordic.id,
      number: 'AGR-2025-0311',
      name: 'Nordic Support Essentials',
      from: -90,
      to: 275,
    },
  ];
  const entitlementIds: { id: string; spec: EntitlementSpec; packageId: string; agreementId: string }[] = [];
  for (const agreement of agreements) {
    w.add(schema.supportAgreements, {
      customerId,
      id: agreement.id,
      workspaceId: agreement.workspaceId,
      number: agreement.number,
      name: agreement.name,
      startsOn: day(agreement.from),
      endsOn: day(agreement.to),
    });
    const packages = [
      {
        kind: 'enterprise_wide' as const,
        name: 'Enterprise-wide services',
        from: agreement.from,
        to: agreement.to,
        specs: [...enterpriseEntitlements, ...benefits],
      },
      {
        kind: 'add_on' as const,
        name: 'Designated engineering – Calling',
        from: agreement.from + 30,
        to: agreement.to,
        specs: enterpriseEntitlements.slice(1, 3),
      },
      {
        kind: 'add_on' as const,
        name: 'Learning pack',
        from: agreement.from,
        to: Math.min(agreement.to, agreement.from + 200),
        specs: enterpriseEntitlements.slice(4, 5),
      },
    ];
    for (const pack of packages) {
      const packageId = rng.uuid();
      w.add(schema.supportPackages, {
        customerId,
        id: packageId,
        agreementId: agreement.id,
        kind: pack.kind,
        name: pack.name,
        startsOn: day(pack.from),
        endsOn: day(pack.to),
      });
      for (const spec of pack.specs) {
        const id = rng.uuid();
        const bought = spec.bought === null ? null : pack.kind === 'add_on' ? Math.round(spec.bought / 4) : spec.bought;
        w.add(schema.entitlements, {
          customerId,
          id,
          packageId,
          category: spec.category,
          kind: spec.bought === null ? 'additional_benefit' : 'consumable',
          name: spec.name,
          description: spec.description,
          unit: spec.unit,
          quantityBought: bought,
        });
        if (spec.bought !== null)
          entitlementIds.push({ id, spec: { ...spec, bought }, packageId, agreementId: agreement.id });
      }
    }
  }

  const cases = writeCases(ctx, input, agreements, workspaces, entitlementIds);
  // Consumption: each consumable entitlement used up to about 80 %, some records tied to a case.
  for (const entitlement of entitlementIds) {
    const agreement = agreements.find((a) => a.id === entitlement.agreementId) as (typeof agreements)[0];
    const budget = (entitlement.spec.bought ?? 0) * rng.real(0.2, 0.8);
    let used = 0;
    while (used < budget) {
      const unit = entitlement.spec.unit;
      const quantity = unit === 'hours' ? rng.int(1, 8) : unit === 'credits' ? rng.int(10, 50) : 1;
      used += quantity;
      const consumedDay = rng.real(agreement.from, Math.min(agreement.to, -1));
      w.add(schema.consumptionRecords, {
        customerId,
        id: rng.uuid(),
        entitlementId: entitlement.id,
        caseId: entitlement.spec.category === 'reactive_support' && cases.length ? rng.pick(cases) : null,
        consumedOn: day(consumedDay),
        quantity,
        description: `${entitlement.spec.name}: ${rng.pick(['workshop', 'remote session', 'health check', 'course', 'incident work'])}`,
        deliveredBy: rng.pick(['Vendor Support', 'Partner One engineering', 'Vendor Education']),
        learnerUserId: entitlement.spec.category === 'on_demand_education' ? rng.pick(userIds) : null,
      });
    }
  }
}

function writeCases(
  ctx: GenerationContext,
  input: ActivityInput,
  agreements: { id: string; workspaceId: string }[],
  workspaces: { id: string }[],
  entitlements: { packageId: string; agreementId: string }[],
): string[] {
  const { rng, customerId, adminId, userIds } = input;
  const w = ctx.writer;
  const [active, expired] = agreements as [(typeof agreements)[0], (typeof agreements)[0]];
  const activePackage = entitlements.find((e) => e.agreementId === active.id)?.packageId ?? null;
  const titles = [
    'Calls drop after 30 minutes',
    'How do I move a user to another location?',
    'Meeting recordings are not available',
    'Headset firmware update fails',
    'How to set up a hunt group?',
    'Call queue statistics look wrong',
    'Invoice shows the wrong licence count',
    'Desk phone does not register',
  ];
  const groupId = rng.uuid();
  w.add(schema.supportGroups, { customerId, id: groupId, name: 'IT operations' });
  for (const userId of userIds.slice(0, 3)) w.add(schema.supportGroupMembers, { customerId, groupId, userId });

  // Regular cases, then ACT-6's additional cases: expired agreement, missing package/service, classifications.
  const specs: {
    agreementId: string | null;
    packageId: string | null;
    service: string | null;
    classification: string | null;
    workspaceId: string | null;
  }[] = [
    ...titles.map(() => ({
      agreementId: active.id,
      packageId: activePackage,
      service: 'Reactive support',
      classification: null,
      workspaceId: active.workspaceId,
    })),
    {
      agreementId: expired.id,
      packageId: null,
      service: 'Reactive support',
      classification: null,
      workspaceId: expired.workspaceId,
    },
    { agreementId: null, packageId: null, service: null, classification: null, workspaceId: workspaces[0]?.id ?? null },
    ...['SU', 'DSA', 'X85', 'REC'].map((classification) => ({
      agreementId: active.id,
      packageId: activePackage,
      service: 'Reactive support',
      classification,
      workspaceId: active.workspaceId,
    })),
  ];
  const ids: string[] = [];
  specs.forEach((spec, i) => {
    const id = rng.uuid();
    ids.push(id);
    const openedDay = -rng.real(1, 250);
    const status = rng.weighted<'open' | 'in_progress' | 'closed'>([
      ['open', 0.2],
      ['in_progress', 0.2],
      ['closed', 0.6],
    ]);
    const title = titles[i % titles.length] as string;
    const primary = i % 3 === 0 ? (userIds[0] ?? adminId) : adminId;
    w.add(schema.supportCases, {
      customerId,
      id,
      number: `CASE-${String(2_400_000 + i)}`,
      title,
      workspaceId: spec.workspaceId,
      agreementId: spec.agreementId,
      packageId: spec.packageId,
      serviceName: spec.service,
      classification: spec.classification,
      product: rng.pick(['calling', 'meetings', 'devices', 'messaging']),
      isHowTo: title.startsWith('How'),
      severity: rng.pick(['A', 'B', 'C']),
      status,
      primaryContactUserId: primary,
      createdByUserId: adminId,
      openedAt: dayToDate(ctx, openedDay),
      closedAt: status === 'closed' ? dayToDate(ctx, Math.min(openedDay + rng.real(0.5, 20), -0.1)) : null,
    });
    // ACT-2: some requests are visible through the group, some shared with one person.
    if (i % 4 === 1) w.add(schema.supportCaseAccess, { customerId, id: rng.uuid(), caseId: id, groupId });
    if (i % 5 === 2 && userIds[1])
      w.add(schema.supportCaseAccess, { customerId, id: rng.uuid(), caseId: id, userId: userIds[1] });
  });
  return ids;
}
