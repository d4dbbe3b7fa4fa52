import { eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EnterpriseResponse,
  PackagesResponse,
  SupportRequestDetail,
  SupportRequestShares,
  SupportRequestsResponse,
  SupportSetup,
} from '../../../domain/contracts/activity.ts';
import type { Role } from '../../../domain/roles.ts';
import { auditLog, supportAgreements, supportGroups, workspaces } from '../../db/schema/index.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, linkCustomer } from '../../testing/fixtures.ts';

/** ACT-1, ACT-2 (issue #13): the vendor's support setup of a customer, and sharing a support request. */

let handle: DatabaseHandle;
let app: FastifyInstance;
const ids: Record<string, string> = {};
const emails: Record<string, string> = {};
const browsers = new Map<string, Promise<Browser>>();
const as = (who: string) => {
  const known = browsers.get(who) ?? signInAs(app, emails[who] as string);
  browsers.set(who, known);
  return known;
};
async function call<T>(who: string, method: string, url: string, body?: unknown) {
  const response = await (await as(who)).request(method, url, body);
  const json = response.headers['content-type']?.toString().includes('json');
  return { status: response.statusCode, body: (json ? response.json() : null) as T };
}
async function user(name: string, organisationId: string, roles: Role[]) {
  const created = await createUser(handle.db, { organisationId, roles });
  ids[name] = created.id;
  emails[name] = created.email;
}
const setup = (path = '') => `/api/v1/customers/${ids.customer}/support-setup${path}`;
const auditActions = async (prefix: string) =>
  (
    await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(like(auditLog.action, `${prefix}%`))
  ).map((r) => r.action);

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app } = await buildTestApp(handle.db));
  const db = handle.db;
  const customer = await createOrganisation(db, { kind: 'customer', name: 'New Customer' });
  const other = await createOrganisation(db, { kind: 'customer', name: 'Rival’s Customer' });
  const partner = await createOrganisation(db, { kind: 'partner' });
  const rival = await createOrganisation(db, { kind: 'partner' });
  await linkCustomer(db, { partnerId: partner.id, customerId: customer.id });
  await linkCustomer(db, { partnerId: rival.id, customerId: other.id });
  ids.customer = customer.id;
  ids.other = other.id;
  await user('operator', (await createOrganisation(db, { kind: 'vendor' })).id, ['vendor_operator']);
  await user('admin', customer.id, ['customer_full_admin']);
  await user('owner', customer.id, []);
  await user('colleague', customer.id, []);
  await user('member', customer.id, []);
  await user('partner', partner.id, ['partner_full_admin']);
  await user('rival', rival.id, ['partner_full_admin']);
  await user('otherUser', other.id, []);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('a vendor operator sets up a customer’s support (ACT-1)', () => {
  it('creates a workspace, agreement, packages and entitlements that the customer admin then sees consumed', async () => {
    const workspace = await call<{ id: string }>('operator', 'POST', setup('/workspaces'), {
      name: 'Head office',
      memberIds: [ids.member],
    });
    expect(workspace.status).toBe(201);
    ids.workspace = workspace.body.id;
    const agreement = await call<{ id: string }>('operator', 'POST', setup('/agreements'), {
      workspaceId: ids.workspace,
      number: 'AGR-100',
      name: 'Unified Support',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
    expect(agreement.status).toBe(201);
    ids.agreement = agreement.body.id;
    const enterprise = await call<{ id: string }>('operator', 'POST', setup(`/agreements/${ids.agreement}/packages`), {
      kind: 'enterprise_wide',
      name: 'Enterprise services',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
    const addOn = await call<{ id: string }>('operator', 'POST', setup(`/agreements/${ids.agreement}/packages`), {
      kind: 'add_on',
      name: 'Calling pack',
      startsOn: '2026-02-01',
      endsOn: '2027-01-31',
    });
    expect([enterprise.status, addOn.status]).toEqual([201, 201]);
    const entitlement = (packageId: string, body: Record<string, unknown>) =>
      call<{ id: string }>('operator', 'POST', setup(`/packages/${packageId}/entitlements`), {
        description: '',
        ...body,
      });
    const hours = await entitlement(enterprise.body.id, {
      category: 'proactive_services',
      kind: 'consumable',
      name: 'Workshops',
      unit: 'hours',
      quantityBought: 40,
    });
    const advisory = await entitlement(addOn.body.id, {
      category: 'advisory_support',
      kind: 'consumable',
      name: 'Calling advice',
      unit: 'hours',
      quantityBought: 10,
    });
    const benefit = await entitlement(addOn.body.id, {
      category: 'reactive_support',
      kind: 'additional_benefit',
      name: 'Critical situation manager',
      unit: 'benefit',
      quantityBought: null,
    });
    expect([hours.status, advisory.status, benefit.status]).toEqual([201, 201, 201]);
    ids.hours = hours.body.id;

    // The customer consumes: a request against the workshops, on which the vendor logs 15 hours.
    const opened = await call<SupportRequestDetail>('admin', 'POST', '/api/v1/support-requests', {
      entitlementId: ids.hours,
      title: 'Teams workshop',
      severity: 'C',
    });
    expect(opened.status).toBe(201);
    const logged = await call('operator', 'POST', `/api/v1/support-requests/${ids.customer}/${opened.body.id}/work`, {
      quantity: 15,
      consumedOn: '2026-11-10',
      description: 'Workshop delivered',
      status: 'closed',
    });
    expect(logged.status).toBe(200);

    const overview = await call<EnterpriseResponse>(
      'admin',
      'GET',
      `/api/v1/activity/enterprise?workspaceId=${ids.workspace}`,
    );
    expect(overview.status).toBe(200);
    expect(overview.body.agreements.map((a) => [a.number, a.active])).toEqual([['AGR-100', true]]);
    expect(overview.body.lines.find((l) => l.line === 'proactive_services')).toMatchObject({
      bought: 40,
      consumed: 15,
      remaining: 25,
    });
    const packages = await call<PackagesResponse>(
      'admin',
      'GET',
      `/api/v1/activity/packages?agreementId=${ids.agreement}`,
    );
    expect(packages.body.packages.map((p) => [p.name, p.endsOn])).toEqual([['Calling pack', '2027-01-31']]);
    expect(packages.body.packages[0]?.entitlements.map((e) => [e.name, e.bought, e.consumed, e.remaining])).toEqual(
      expect.arrayContaining([
        ['Calling advice', 10, 0, 10],
        ['Critical situation manager', null, null, null],
      ]),
    );
    expect(await auditActions('support_setup.')).toEqual(
      expect.arrayContaining([
        'support_setup.workspace_created',
        'support_setup.agreement_created',
        'support_setup.package_created',
        'support_setup.entitlement_created',
      ]),
    );
  });

  it('edits what it set up, and reads it all back for its dialogs', async () => {
    const edited = await call('operator', 'PUT', setup(`/agreements/${ids.agreement}`), {
      workspaceId: ids.workspace,
      number: 'AGR-100',
      name: 'Unified Support Plus',
      startsOn: '2026-01-01',
      endsOn: '2028-06-30',
    });
    expect(edited.status).toBe(200);
    const renamed = await call('operator', 'PUT', setup(`/workspaces/${ids.workspace}`), {
      name: 'Headquarters',
      memberIds: [ids.member, ids.owner],
    });
    expect(renamed.status).toBe(200);
    const { status, body } = await call<SupportSetup>('operator', 'GET', setup());
    expect(status).toBe(200);
    expect(body.workspaces).toEqual([
      { id: ids.workspace, name: 'Headquarters', memberIds: [ids.member, ids.owner].sort() },
    ]);
    expect(body.agreements.map((a) => [a.name, a.endsOn, a.packages.length])).toEqual([
      ['Unified Support Plus', '2028-06-30', 2],
    ]);
    expect(body.users.map((u) => u.id)).toContain(ids.colleague);
    expect(await auditActions('support_setup.')).toEqual(
      expect.arrayContaining(['support_setup.agreement_updated', 'support_setup.workspace_updated']),
    );
  });

  it('refuses partners and the customer’s own users (403), and reads another or unknown customer as 404', async () => {
    const body = { name: 'Not theirs', memberIds: [] };
    expect((await call('partner', 'GET', setup())).status).toBe(403);
    expect((await call('partner', 'POST', setup('/workspaces'), body)).status).toBe(403);
    expect((await call('admin', 'POST', setup('/workspaces'), body)).status).toBe(403);
    expect((await call('rival', 'POST', setup('/workspaces'), body)).status).toBe(404);
    const unknown = `/api/v1/customers/${crypto.randomUUID()}/support-setup/workspaces`;
    expect((await call('operator', 'POST', unknown, body)).status).toBe(404);
    const foreignWorkspace = await call('operator', 'PUT', setup(`/workspaces/${crypto.randomUUID()}`), body);
    expect(foreignWorkspace.status).toBe(404);
    const rows = await handle.db.select().from(workspaces).where(eq(workspaces.name, 'Not theirs'));
    expect(rows).toEqual([]);
  });

  it('answers bad input with a 400 naming the field and writes nothing', async () => {
    const before = await auditActions('support_setup.');
    const agreement = {
      workspaceId: ids.workspace,
      number: 'AGR-200',
      name: 'Bad dates',
      startsOn: '2026-06-01',
      endsOn: '2026-05-31',
    };
    const cases: [string, string, unknown, string][] = [
      ['POST', setup('/agreements'), agreement, 'endsOn'],
      ['POST', setup('/agreements'), { ...agreement, endsOn: '2026-02-30' }, 'endsOn'],
      [
        'POST',
        setup('/agreements'),
        { ...agreement, endsOn: '2027-01-01', workspaceId: crypto.randomUUID() },
        'workspaceId',
      ],
      [
        'POST',
        setup(`/agreements/${ids.agreement}/packages`),
        { kind: 'add_on', name: 'Backwards', startsOn: '2026-06-01', endsOn: '2026-06-01' },
        'endsOn',
      ],
      [
        'POST',
        setup(`/packages/${crypto.randomUUID()}/entitlements`),
        { category: 'nonsense', kind: 'consumable', name: 'X', description: '', unit: 'h', quantityBought: 1 },
        'category',
      ],
      [
        'PUT',
        setup(`/entitlements/${ids.hours}`),
        {
          category: 'proactive_services',
          kind: 'consumable',
          name: 'W',
          description: '',
          unit: 'h',
          quantityBought: -5,
        },
        'quantityBought',
      ],
      [
        'PUT',
        setup(`/entitlements/${ids.hours}`),
        {
          category: 'proactive_services',
          kind: 'consumable',
          name: 'W',
          description: '',
          unit: 'h',
          quantityBought: null,
        },
        'quantityBought',
      ],
      [
        'PUT',
        setup(`/entitlements/${ids.hours}`),
        {
          category: 'proactive_services',
          kind: 'consumable',
          name: 'W',
          description: '',
          unit: 'h',
          quantityBought: 10,
        },
        'quantityBought',
      ],
      ['POST', setup('/workspaces'), { name: '  ', memberIds: [] }, 'name'],
      ['POST', setup('/workspaces'), { name: 'Elsewhere', memberIds: [ids.otherUser] }, 'memberIds'],
      ['POST', setup('/groups'), { name: 'Ops', memberIds: [], requestIds: [crypto.randomUUID()] }, 'requestIds'],
    ];
    for (const [method, url, body, field] of cases) {
      const response = await call<{ error: { field?: string } }>('operator', method, url, body);
      expect([field, response.status, response.body.error.field]).toEqual([field, 400, field]);
    }
    expect(await auditActions('support_setup.')).toEqual(before);
    expect(await handle.db.select().from(supportAgreements).where(eq(supportAgreements.number, 'AGR-200'))).toEqual([]);
    expect(await handle.db.select().from(workspaces).where(eq(workspaces.name, 'Elsewhere'))).toEqual([]);
    expect(await handle.db.select().from(supportGroups).where(eq(supportGroups.name, 'Ops'))).toEqual([]);
  });

  it('keeps workspace names and agreement numbers unique within the customer (409 naming the field)', async () => {
    const workspace = await call<{ error: { field: string } }>('operator', 'POST', setup('/workspaces'), {
      name: 'headquarters',
      memberIds: [],
    });
    expect([workspace.status, workspace.body.error.field]).toEqual([409, 'name']);
    const agreement = await call<{ error: { field: string } }>('operator', 'POST', setup('/agreements'), {
      workspaceId: ids.workspace,
      number: 'AGR-100',
      name: 'Duplicate',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect([agreement.status, agreement.body.error.field]).toEqual([409, 'number']);
  });
});

describe('support groups and shared requests (ACT-2)', () => {
  const sees = async (who: string, requestId: string) =>
    (await call(who, 'GET', `/api/v1/support-requests/${ids.customer}/${requestId}`)).status === 200;

  beforeAll(async () => {
    const opened = await call<SupportRequestDetail>('owner', 'POST', '/api/v1/support-requests', {
      entitlementId: ids.hours,
      title: 'Headsets drop calls',
      severity: 'B',
    });
    ids.request = opened.body.id;
  });

  it('shows a group’s members the requests it is given, and stops when the group loses them', async () => {
    expect(await sees('member', ids.request as string)).toBe(false);
    const group = await call<{ id: string }>('operator', 'POST', setup('/groups'), {
      name: 'IT operations',
      memberIds: [ids.member],
      requestIds: [ids.request],
    });
    expect(group.status).toBe(201);
    expect(await sees('member', ids.request as string)).toBe(true);
    const emptied = await call('operator', 'PUT', setup(`/groups/${group.body.id}`), {
      name: 'IT operations',
      memberIds: [ids.member],
      requestIds: [],
    });
    expect(emptied.status).toBe(200);
    expect(await sees('member', ids.request as string)).toBe(false);
  });

  it('lets the owner share a request with a colleague, who then sees it until it is unshared', async () => {
    const shares = `/api/v1/support-requests/${ids.customer}/${ids.request}/shares`;
    const detail = await call<SupportRequestDetail>(
      'owner',
      'GET',
      `/api/v1/support-requests/${ids.customer}/${ids.request}`,
    );
    expect(detail.body.mayShare).toBe(true);
    const before = await call<SupportRequestShares>('owner', 'GET', shares);
    expect(before.body.items).toEqual([]);
    expect(before.body.candidates.map((u) => u.id)).toContain(ids.colleague);
    expect(await sees('colleague', ids.request as string)).toBe(false);

    expect((await call('owner', 'PUT', `${shares}/${ids.colleague}`)).status).toBe(204);
    expect(await sees('colleague', ids.request as string)).toBe(true);
    const list = await call<SupportRequestsResponse>('colleague', 'GET', '/api/v1/support-requests');
    expect(list.body.items.map((r) => r.id)).toContain(ids.request);
    const colleagueDetail = await call<SupportRequestDetail>(
      'colleague',
      'GET',
      `/api/v1/support-requests/${ids.customer}/${ids.request}`,
    );
    expect(colleagueDetail.body.mayShare).toBe(false);
    expect((await call('colleague', 'PUT', `${shares}/${ids.member}`)).status).toBe(403);

    expect((await call('owner', 'DELETE', `${shares}/${ids.colleague}`)).status).toBe(204);
    expect(await sees('colleague', ids.request as string)).toBe(false);
    expect(await auditActions('support_request.')).toEqual(
      expect.arrayContaining(['support_request.shared', 'support_request.unshared']),
    );
  });

  it('refuses a share with someone outside the organisation (404), and to those who do not see the request', async () => {
    const shares = `/api/v1/support-requests/${ids.customer}/${ids.request}/shares`;
    expect((await call('owner', 'PUT', `${shares}/${ids.otherUser}`)).status).toBe(404);
    expect((await call('member', 'PUT', `${shares}/${ids.colleague}`)).status).toBe(404);
    expect((await call('operator', 'PUT', `${shares}/${ids.colleague}`)).status).toBe(403);
    expect(await sees('colleague', ids.request as string)).toBe(false);
    expect((await call('admin', 'PUT', `${shares}/${ids.colleague}`)).status).toBe(204);
    expect(await sees('colleague', ids.request as string)).toBe(true);
  });
});
