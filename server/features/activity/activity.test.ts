import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdditionalCasesResponse,
  EnterpriseResponse,
  PackagesResponse,
  SupportRequestDetail,
  SupportRequestsResponse,
} from '../../../domain/contracts/activity.ts';
import type { Role } from '../../../domain/roles.ts';
import {
  auditLog,
  consumptionRecords,
  entitlements,
  supportAgreements,
  supportCaseAccess,
  supportCases,
  supportGroupMembers,
  supportGroups,
  supportPackages,
  workspaceMembers,
  workspaces,
} from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';
import { proofPdf } from './proof-of-delivery.ts';

/** SPEC §11 (ACT-1…ACT-8) against a real database, on crafted data whose figures are known. */

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const emails: Record<string, string> = {};
const browsers = new Map<string, Promise<Browser>>();
/** One session per person (sign-in is throttled). */
const as = (who: string) => {
  const known = browsers.get(who) ?? signInAs(app, emails[who] as string);
  browsers.set(who, known);
  return known;
};
const get = async <T>(who: string, url: string) => {
  const response = await (await as(who)).request('GET', url);
  const json = response.headers['content-type']?.toString().includes('json');
  return { status: response.statusCode, body: (json ? response.json() : null) as T, raw: response };
};

async function user(name: string, organisationId: string, roles: Role[]) {
  const created = await createUser(handle.db, { organisationId, roles });
  ids[name] = created.id;
  emails[name] = created.email;
  return created.id;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const customer = await createOrganisation(db, { kind: 'customer', name: 'Crafted Customer' });
  const other = await createOrganisation(db, { kind: 'customer', name: 'Other Customer' });
  const partner = await createOrganisation(db, { kind: 'partner' });
  const rival = await createOrganisation(db, { kind: 'partner' });
  await linkCustomer(db, { partnerId: partner.id, customerId: customer.id });
  await linkCustomer(db, { partnerId: rival.id, customerId: other.id });
  ids.customer = customer.id;
  ids.other = other.id;
  await user('admin', customer.id, ['customer_full_admin']);
  await user('plain', customer.id, []);
  await user('grouped', customer.id, []);
  await user('sharedWith', customer.id, []);
  await user('contact', customer.id, []);
  await user('viewAll', customer.id, ['view_all_support_requests']);
  await user('wsAdmin', customer.id, ['workspace_admin']);
  await user('learning', customer.id, ['learning_manager']);
  await user('otherAdmin', other.id, ['customer_full_admin']);
  await user('partner', partner.id, ['partner_full_admin']);
  await user('rival', rival.id, ['partner_full_admin']);
  await user('operator', (await createOrganisation(db, { kind: 'vendor' })).id, ['vendor_operator']);

  const c = customer.id;
  const [hq, branch] = [crypto.randomUUID(), crypto.randomUUID()];
  ids.hq = hq;
  ids.branch = branch;
  await db.insert(workspaces).values([
    { customerId: c, id: hq, name: 'HQ' },
    { customerId: c, id: branch, name: 'Branch' },
  ]);
  await db.insert(workspaceMembers).values({ customerId: c, workspaceId: branch, userId: ids.wsAdmin as string });
  // Two active agreements in HQ, an expired one in HQ, an active one in Branch (test day 2026-11-21).
  const agreements = [
    ['a1', hq, 'AGR-1', '2026-01-01', '2027-12-31'],
    ['a2', hq, 'AGR-2', '2026-06-01', '2027-05-31'],
    ['expired', hq, 'AGR-0', '2024-01-01', '2025-12-31'],
    ['b1', branch, 'AGR-B', '2026-01-01', '2027-12-31'],
  ] as const;
  for (const [key, workspaceId, number, startsOn, endsOn] of agreements) {
    ids[key] = crypto.randomUUID();
    await db
      .insert(supportAgreements)
      .values({ customerId: c, id: ids[key], workspaceId, number, name: number, startsOn, endsOn });
    ids[`${key}Ew`] = crypto.randomUUID();
    await db.insert(supportPackages).values({
      customerId: c,
      id: ids[`${key}Ew`],
      agreementId: ids[key],
      kind: 'enterprise_wide',
      name: `Enterprise ${number}`,
      startsOn,
      endsOn,
    });
    ids[`${key}Pro`] = crypto.randomUUID();
    await db.insert(entitlements).values({
      customerId: c,
      id: ids[`${key}Pro`],
      packageId: ids[`${key}Ew`] as string,
      category: 'proactive_services',
      kind: 'consumable',
      name: 'Proactive services',
      description: 'Workshops',
      unit: 'hours',
      quantityBought: 100,
    });
  }
  ids.benefit = crypto.randomUUID();
  await db.insert(entitlements).values({
    customerId: c,
    id: ids.benefit,
    packageId: ids.a1Ew as string,
    category: 'reactive_support',
    kind: 'additional_benefit',
    name: 'Critical situation manager',
    description: 'A manager for severe incidents',
    unit: 'benefit',
    quantityBought: null,
  });
  // Add-ons of AGR-1: one active, one ended.
  for (const [key, name, startsOn, endsOn, bought] of [
    ['addOnActive', 'Calling pack', '2026-02-01', '2027-12-31', 40],
    ['addOnEnded', 'Old pack', '2026-01-01', '2026-06-30', 10],
  ] as const) {
    ids[key] = crypto.randomUUID();
    await db
      .insert(supportPackages)
      .values({ customerId: c, id: ids[key], agreementId: ids.a1 as string, kind: 'add_on', name, startsOn, endsOn });
    ids[`${key}Ent`] = crypto.randomUUID();
    await db.insert(entitlements).values({
      customerId: c,
      id: ids[`${key}Ent`],
      packageId: ids[key],
      category: 'advisory_support',
      kind: 'consumable',
      name: `${name} advisory`,
      description: 'Advice',
      unit: 'hours',
      quantityBought: bought,
    });
  }
  const consume = (
    entitlement: string,
    quantity: number,
    consumedOn = '2026-10-01',
    learnerUserId: string | null = null,
  ) =>
    db.insert(consumptionRecords).values({
      customerId: c,
      entitlementId: ids[entitlement] as string,
      consumedOn,
      quantity,
      description: `Work on ${entitlement}`,
      deliveredBy: 'Vendor Support',
      learnerUserId,
    });
  await consume('a1Pro', 12.5);
  await consume('a1Pro', 7.5);
  await consume('a2Pro', 30);
  await consume('expiredPro', 60, '2025-05-01');
  await consume('b1Pro', 44);
  await consume('addOnActiveEnt', 15);

  // Support requests of HQ: a regular one and one per ACT-6 rule; visibility set up per ACT-2 rule.
  const group = crypto.randomUUID();
  await db.insert(supportGroups).values({ customerId: c, id: group, name: 'Ops' });
  await db.insert(supportGroupMembers).values({ customerId: c, groupId: group, userId: ids.grouped as string });
  const cases: [string, Partial<typeof supportCases.$inferInsert>][] = [
    ['regular', { agreementId: ids.a1, packageId: ids.a1Ew, serviceName: 'Reactive support' }],
    ['onExpired', { agreementId: ids.expired, packageId: ids.expiredEw, serviceName: 'Reactive support' }],
    ['outside', { agreementId: ids.b1, packageId: ids.b1Ew, serviceName: 'Reactive support' }],
    ['noAgreement', { agreementId: null, packageId: ids.a1Ew, serviceName: 'Reactive support' }],
    ['noPackage', { agreementId: ids.a1, packageId: null, serviceName: 'Reactive support' }],
    ['noService', { agreementId: ids.a1, packageId: ids.a1Ew, serviceName: null }],
    [
      'classified',
      { agreementId: ids.a1, packageId: ids.a1Ew, serviceName: 'Reactive support', classification: 'DSA' },
    ],
  ];
  for (const [index, [key, fields]] of cases.entries()) {
    ids[key] = crypto.randomUUID();
    await db.insert(supportCases).values({
      customerId: c,
      id: ids[key],
      number: `CASE-${index}`,
      title: key,
      workspaceId: hq,
      severity: 'B',
      status: 'open',
      openedAt: new Date('2026-11-01T10:00:00Z'),
      primaryContactUserId: key === 'noService' ? ids.contact : ids.admin,
      ...fields,
    });
  }
  await db.insert(supportCaseAccess).values([
    { customerId: c, caseId: ids.regular as string, groupId: group },
    { customerId: c, caseId: ids.onExpired as string, userId: ids.sharedWith as string },
  ]);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('consumption (ACT-1, ACT-3, ACT-4)', () => {
  it('sums hours delivered across the active agreements of the chosen workspace only', async () => {
    const { status, body } = await get<EnterpriseResponse>(
      'admin',
      `/api/v1/activity/enterprise?workspaceId=${ids.hq}`,
    );
    expect(status).toBe(200);
    expect(
      body.agreements
        .filter((a) => a.active)
        .map((a) => a.number)
        .sort(),
    ).toEqual(['AGR-1', 'AGR-2']);
    const proactive = body.lines.find((l) => l.line === 'proactive_services');
    // AGR-1 (12.5 + 7.5) and AGR-2 (30); not the expired AGR-0's 60 nor Branch's 44.
    expect(proactive).toMatchObject({ bought: 200, consumed: 50, remaining: 150, unit: 'hours' });
    const branch = await get<EnterpriseResponse>('admin', `/api/v1/activity/enterprise?workspaceId=${ids.branch}`);
    expect(branch.body.lines.find((l) => l.line === 'proactive_services')).toMatchObject({ consumed: 44 });
  });

  it('shows add-on entitlements bought, consumed and remaining, filtered by status and package', async () => {
    const all = await get<PackagesResponse>('admin', `/api/v1/activity/packages?agreementId=${ids.a1}`);
    expect(all.body.choices.map((p) => p.name).sort()).toEqual(['Calling pack', 'Old pack']);
    const active = await get<PackagesResponse>(
      'admin',
      `/api/v1/activity/packages?agreementId=${ids.a1}&status=active`,
    );
    expect(active.body.packages.map((p) => p.name)).toEqual(['Calling pack']);
    expect(active.body.packages[0]?.endsOn).toBe('2027-12-31');
    expect(active.body.packages[0]?.entitlements[0]).toMatchObject({ bought: 40, consumed: 15, remaining: 25 });
    const inactive = await get<PackagesResponse>(
      'admin',
      `/api/v1/activity/packages?agreementId=${ids.a1}&status=inactive`,
    );
    expect(inactive.body.packages.map((p) => p.name)).toEqual(['Old pack']);
    const one = await get<PackagesResponse>(
      'admin',
      `/api/v1/activity/packages?agreementId=${ids.a1}&packageId=${ids.addOnEnded}`,
    );
    expect(one.body.packages.map((p) => p.id)).toEqual([ids.addOnEnded]);
  });

  it('lists an additional benefit without consumption, and refuses to consume it', async () => {
    const drill = await get<{ entitlements: { id: string; consumed: number | null; bought: number | null }[] }>(
      'admin',
      `/api/v1/activity/consumption?workspaceId=${ids.hq}&drillDown=reactive_support`,
    );
    expect(drill.body.entitlements.find((e) => e.id === ids.benefit)).toMatchObject({ bought: null, consumed: null });
    const admin = await as('admin');
    const opened = await admin.request('POST', '/api/v1/support-requests', {
      entitlementId: ids.benefit,
      title: 'Need the manager',
      severity: 'A',
    });
    expect(opened.statusCode).toBe(201);
    const request = opened.json() as SupportRequestDetail;
    const operator = await as('operator');
    const refused = await operator.request('POST', `/api/v1/support-requests/${ids.customer}/${request.id}/work`, {
      quantity: 2,
      consumedOn: '2026-11-20',
      description: 'Call',
      status: 'in_progress',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('quantity');
  });

  it('consumes the entitlement a request was opened against when the vendor logs work, with its history', async () => {
    const admin = await as('admin');
    const opened = (
      await admin.request('POST', '/api/v1/support-requests', {
        entitlementId: ids.a2Pro,
        title: 'Run a workshop',
        severity: 'C',
      })
    ).json() as SupportRequestDetail;
    expect(opened.number).toMatch(/^CASE-3\d{6}$/);
    const operator = await as('operator');
    const queue = (await operator.request('GET', '/api/v1/support-requests')).json() as SupportRequestsResponse;
    expect(queue.items.map((i) => i.id)).toContain(opened.id);
    const logged = await operator.request('POST', `/api/v1/support-requests/${ids.customer}/${opened.id}/work`, {
      quantity: 4,
      consumedOn: '2026-11-20',
      description: 'Workshop delivered',
      status: 'closed',
    });
    expect(logged.statusCode).toBe(200);
    const detail = logged.json() as SupportRequestDetail;
    expect(detail).toMatchObject({ status: 'closed', consumed: 4 });
    expect(detail.history.map((h) => h.kind)).toEqual(['opened', 'work_logged', 'status_changed']);
    const { body } = await get<EnterpriseResponse>('admin', `/api/v1/activity/enterprise?workspaceId=${ids.hq}`);
    expect(body.lines.find((l) => l.line === 'proactive_services')?.consumed).toBe(54);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, opened.id), eq(auditLog.action, 'support_request.work_logged')));
    expect(audits).toHaveLength(1);
  });
});

describe('visibility of support requests (ACT-2)', () => {
  const visible = async (who: string) =>
    ((await get<SupportRequestsResponse>(who, '/api/v1/support-requests?status=open')).body.items ?? [])
      .map((i) => i.title)
      .sort();

  it('shows a non-admin nothing without one of the four rules', async () => {
    expect(await visible('plain')).toEqual([]);
    const detail = await get('plain', `/api/v1/support-requests/${ids.customer}/${ids.regular}`);
    expect(detail.status).toBe(404);
  });
  it('shows members of a group given access its requests', async () => {
    expect(await visible('grouped')).toEqual(['regular']);
    expect((await get('grouped', `/api/v1/support-requests/${ids.customer}/${ids.regular}`)).status).toBe(200);
  });
  it('shows a request to the person it was shared with', async () => {
    expect(await visible('sharedWith')).toEqual(['onExpired']);
  });
  it('shows a request to its primary contact', async () => {
    expect(await visible('contact')).toEqual(['noService']);
  });
  it('shows every request to holders of view all support requests', async () => {
    expect((await visible('viewAll')).length).toBeGreaterThanOrEqual(7);
  });
  it('never shows another customer’s request', async () => {
    expect((await get('otherAdmin', `/api/v1/support-requests/${ids.customer}/${ids.regular}`)).status).toBe(404);
  });
});

describe('access and delegation (ACT-2, ROL-4)', () => {
  it('tells a user without the role that the page is not theirs, and refuses its data', async () => {
    const access = await get<{ mayOpen: boolean; workspaces: unknown[] }>('plain', '/api/v1/activity');
    expect(access.body).toMatchObject({ mayOpen: false, workspaces: [] });
    expect((await get('plain', `/api/v1/activity/enterprise?workspaceId=${ids.hq}`)).status).toBe(403);
  });
  it('shows a workspace administrator only their workspaces', async () => {
    const access = await get<{ workspaces: { id: string }[] }>('wsAdmin', '/api/v1/activity');
    expect(access.body.workspaces.map((w) => w.id)).toEqual([ids.branch]);
    expect((await get('wsAdmin', `/api/v1/activity/enterprise?workspaceId=${ids.hq}`)).status).toBe(404);
  });
  it('lets an administrator give the customer activity role and take it away again', async () => {
    const admin = await as('admin');
    expect((await admin.request('PUT', `/api/v1/activity/delegates/${ids.plain}`)).statusCode).toBe(204);
    expect((await get('plain', `/api/v1/activity/enterprise?workspaceId=${ids.hq}`)).status).toBe(200);
    const delegates = (await admin.request('GET', '/api/v1/activity/delegates')).json() as {
      items: { id: string; hasCustomerActivity: boolean }[];
    };
    expect(delegates.items.find((d) => d.id === ids.plain)?.hasCustomerActivity).toBe(true);
    expect((await admin.request('DELETE', `/api/v1/activity/delegates/${ids.plain}`)).statusCode).toBe(204);
    expect((await get('plain', `/api/v1/activity/enterprise?workspaceId=${ids.hq}`)).status).toBe(403);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, ids.plain as string));
    expect(audits.map((a) => a.action)).toEqual(['activity.role_granted', 'activity.role_removed']);
  });
  it('refuses delegation by someone who is not an administrator, and to another organisation’s user', async () => {
    expect((await (await as('viewAll')).request('PUT', `/api/v1/activity/delegates/${ids.plain}`)).statusCode).toBe(
      403,
    );
    expect((await (await as('admin')).request('PUT', `/api/v1/activity/delegates/${ids.otherAdmin}`)).statusCode).toBe(
      404,
    );
  });
  it('reads another customer’s agreement as 404', async () => {
    expect((await get('otherAdmin', `/api/v1/activity/packages?agreementId=${ids.a1}`)).status).toBe(404);
    expect(
      (await get('otherAdmin', `/api/v1/activity/reports/proof-of-delivery.pdf?agreementId=${ids.a1}`)).status,
    ).toBe(404);
  });
  it('shows a partner its customer’s agreements read-only, and another partner’s customer as 404', async () => {
    const own = await get<{ agreements: { number: string }[] }>(
      'partner',
      `/api/v1/customers/${ids.customer}/agreements`,
    );
    expect(own.status).toBe(200);
    expect(own.body.agreements.map((a) => a.number).sort()).toEqual(['AGR-0', 'AGR-1', 'AGR-2', 'AGR-B']);
    expect((await get('rival', `/api/v1/customers/${ids.customer}/agreements`)).status).toBe(404);
  });
});

describe('additional cases (ACT-6)', () => {
  it('lists each kind of additional case with its reason, and not the regular case', async () => {
    const { body } = await get<AdditionalCasesResponse>(
      'admin',
      `/api/v1/activity/additional-cases?workspaceId=${ids.hq}`,
    );
    const reasons = Object.fromEntries(body.items.map((i) => [i.title, i.reasons]));
    expect(reasons).toEqual({
      onExpired: ['expired_agreement'],
      outside: ['agreement_outside_workspace'],
      noAgreement: ['missing_agreement'],
      noPackage: ['missing_package'],
      noService: ['missing_service'],
      classified: ['classification'],
    });
  });
});

describe('reports (ACT-7, ACT-8)', () => {
  it('exports the proof of delivery as a PDF with the organisation, agreement, period, packages and totals', async () => {
    const { status, raw } = await get('admin', `/api/v1/activity/reports/proof-of-delivery.pdf?agreementId=${ids.a1}`);
    expect(status).toBe(200);
    expect(raw.headers['content-type']).toContain('application/pdf');
    const text = (await new PDFParse({ data: new Uint8Array(raw.rawPayload) }).getText()).text;
    expect(text).toContain('Crafted Customer');
    expect(text).toContain('AGR-1');
    expect(text).toContain('2026-01-01 to 2027-12-31');
    expect(text).toContain('Calling pack');
    expect(text).toContain('Enterprise AGR-1');
    // Hours: bought 100 + 40 + 10, delivered 20 + 15, remaining 80 + 25 + 10.
    expect(text).toMatch(/Total\s+hours\s+150\s+35\s+115/);
  });
  it('writes the PDF in a font with every letter of the four languages and beyond Latin-1', async () => {
    const names = ['Szőlő és Társa Kft.', 'Ærø Øl ApS', 'Łódź Żuraw sp. z o.o.', 'Ёлка ООО'];
    const pdf = await proofPdf({
      organisation: names[0] as string,
      agreement: { number: 'AGR-Ő', name: names[1] as string, startsOn: '2026-01-01', endsOn: '2026-12-31' },
      generatedOn: '2026-12-04',
      packages: [
        {
          name: names[2] as string,
          kind: 'add_on',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          lines: [
            {
              package: names[2] as string,
              packageKind: 'add_on',
              packageEndsOn: '2026-12-31',
              entitlement: names[3] as string,
              kind: 'consumable',
              unit: 'hours',
              bought: 10,
              delivered: 4,
              remaining: 6,
            },
          ],
        },
      ],
      totals: [{ unit: 'hours', bought: 10, delivered: 4, remaining: 6 }],
    });
    const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
    for (const name of names) expect(text).toContain(name);
  });
  it('exports the proof of delivery as CSV', async () => {
    const { raw } = await get('admin', `/api/v1/activity/reports/proof-of-delivery.csv?agreementId=${ids.a1}`);
    expect(raw.body).toContain('Calling pack,add_on,2027-12-31,Calling pack advisory,consumable,hours,40,15,25');
  });
  it('exports the education report for learning managers as XLSX, and refuses others', async () => {
    await handle.db.insert(consumptionRecords).values({
      customerId: ids.customer as string,
      entitlementId: ids.addOnActiveEnt as string,
      consumedOn: '2026-11-02',
      quantity: 1,
      description: 'not education',
    });
    const education = crypto.randomUUID();
    await handle.db.insert(entitlements).values({
      customerId: ids.customer as string,
      id: education,
      packageId: ids.a1Ew as string,
      category: 'on_demand_education',
      kind: 'consumable',
      name: 'Courses',
      description: 'Courses',
      unit: 'seats',
      quantityBought: 10,
    });
    await handle.db.insert(consumptionRecords).values({
      customerId: ids.customer as string,
      entitlementId: education,
      consumedOn: '2026-11-03',
      quantity: 1,
      description: 'Calling basics',
      learnerUserId: ids.grouped as string,
    });
    const { status, raw } = await get('learning', '/api/v1/activity/reports/education.xlsx');
    expect(status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(2).value).toBe(emails.grouped);
    expect(sheet?.getRow(2).getCell(4).value).toBe('Calling basics');
    expect((await get('viewAll', '/api/v1/activity/reports/education.csv')).status).toBe(403);
    // ACT-7 names learning managers only: the full administrator is refused, and the page offers it no export.
    expect((await get('admin', '/api/v1/activity/reports/education.csv')).status).toBe(403);
    expect(
      (await get<{ mayExportEducationReport: boolean }>('admin', '/api/v1/activity')).body.mayExportEducationReport,
    ).toBe(false);
    expect(
      (await get<{ mayExportEducationReport: boolean }>('learning', '/api/v1/activity')).body.mayExportEducationReport,
    ).toBe(true);
  });
});
