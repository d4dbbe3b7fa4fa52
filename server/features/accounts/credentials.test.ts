import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../../domain/clock.ts';
import { auditLog, emailOutbox, sessions, signInChallenges, signInThrottle, users } from '../../db/schema/index.ts';
import { sessionCleanupJob } from '../../jobs/session-cleanup.job.ts';
import { backgroundSettled } from '../../platform/background.ts';
import type { Config } from '../../platform/config.ts';
import type { DatabaseHandle } from '../../platform/db.ts';
import { type Browser, buildTestApp, signInAs } from '../../testing/app.ts';
import { createTestDatabase } from '../../testing/database.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../testing/fixtures.ts';
import { CHALLENGE_MAX_ATTEMPTS } from '../auth/two-factor-sign-in.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clock: ManualClock;
let partnerId: string;
let config: Config;

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const NEW_PASSWORD = 'harbour-lantern-47-violet';

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ app, clock, config } = await buildTestApp(handle.db, { publicUrl: 'https://hub.example' }));
  partnerId = (await createOrganisation(handle.db, { kind: 'partner', name: 'Partner Cred' })).id;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});
// Every test starts with clean attempt counters: the rate limit test fills them on purpose.
beforeEach(async () => {
  await handle.db.delete(signInThrottle);
});

let sequence = 0;
async function newUser(roles: Parameters<typeof createUser>[1]['roles'] = ['partner_admin'], locale = 'en') {
  const email = `cred${++sequence}@partner.test`;
  const user = await createUser(handle.db, { organisationId: partnerId, roles, email });
  await handle.db
    .update(users)
    .set({ locale, name: `Person ${sequence}` })
    .where(eq(users.id, user.id));
  return user;
}

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers });
const signInRequest = (email: string, password = TEST_PASSWORD, userAgent = FIREFOX) =>
  post('/api/v1/auth/sign-in', { email, password }, { 'user-agent': userAgent });

function browserOf(response: LightMyRequestResponse): Browser {
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    request: (method, url, payload, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: payload as object | undefined,
        headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
      }),
  };
}

const codeAt = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + offsetSeconds });

/** The reset e-mails to `email`, once the resets asked for so far (handled after the answer) are done. */
async function resetMailsTo(email: string) {
  await backgroundSettled();
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(emailOutbox.id);
}
const tokenOf = (body: string) => body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1] ?? '';
const auditActions = async (userId: string) =>
  (await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, userId))).map(
    (r) => r.action,
  );

/** Enrols the user's browser in two-factor sign-in; the secret and the recovery codes. */
async function enrol(browser: Browser) {
  const started = await browser.request('POST', '/api/v1/me/two-factor');
  expect(started.statusCode).toBe(200);
  const { secret } = started.json();
  const confirmed = await browser.request('POST', '/api/v1/me/two-factor/confirm', { code: await codeAt(secret) });
  expect(confirmed.statusCode).toBe(200);
  return { secret: secret as string, recoveryCodes: confirmed.json().recoveryCodes as string[] };
}

describe('forgot password (issue #10)', () => {
  it('answers the same for an unknown address, and e-mails a known one a link in their language', async () => {
    const user = await newUser(['partner_admin'], 'da');
    const known = await post('/api/v1/auth/password-reset', { email: user.email.toUpperCase() });
    const unknown = await post('/api/v1/auth/password-reset', { email: 'nobody-here@partner.test' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await resetMailsTo('nobody-here@partner.test')).toHaveLength(0);
    const [mail] = await resetMailsTo(user.email);
    expect(mail).toMatchObject({ locale: 'da', template: 'account.password-reset' });
    expect(mail?.subject).toContain('adgangskode');
    expect(mail?.textBody).toMatch(/https:\/\/hub\.example\/reset-password\/[A-Za-z0-9_-]{40,}/);
    await backgroundSettled();
    expect(await auditActions(user.id)).toContain('user.password_reset_requested');
  });

  it('sends nothing to a disabled or invited account, with the same answer', async () => {
    const disabled = await newUser();
    await handle.db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id));
    const invited = await newUser();
    await handle.db.update(users).set({ status: 'invited', passwordHash: null }).where(eq(users.id, invited.id));
    for (const email of [disabled.email, invited.email]) {
      const response = await post('/api/v1/auth/password-reset', { email });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ accepted: true });
      expect(await resetMailsTo(email)).toHaveLength(0);
    }
  });

  it('sets a new password with the link once, ending every session, and the new password signs in', async () => {
    const user = await newUser();
    const before = await signInAs(app, user.email);
    await post('/api/v1/auth/password-reset', { email: user.email });
    const token = tokenOf((await resetMailsTo(user.email))[0]?.textBody ?? '');
    expect((await app.inject({ method: 'GET', url: `/api/v1/password-resets/${token}` })).json()).toEqual({
      state: 'valid',
      email: user.email,
    });
    const weak = await post(`/api/v1/password-resets/${token}`, { newPassword: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });

    const done = await post(`/api/v1/password-resets/${token}`, { newPassword: NEW_PASSWORD });
    expect(done.statusCode).toBe(204);
    expect((await before.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await signInRequest(user.email)).statusCode).toBe(401);
    expect((await signInRequest(user.email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await post(`/api/v1/password-resets/${token}`, { newPassword: `${NEW_PASSWORD}-2` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('link_used');
    expect((await app.inject({ method: 'GET', url: `/api/v1/password-resets/${token}` })).json().state).toBe('used');
    expect(await auditActions(user.id)).toContain('user.password_reset');
  });

  it('expires the link after an hour, and a tampered token is not found', async () => {
    const user = await newUser();
    await post('/api/v1/auth/password-reset', { email: user.email });
    const token = tokenOf((await resetMailsTo(user.email))[0]?.textBody ?? '');
    clock.advance(60 * 60_000 + 1);
    try {
      expect((await app.inject({ method: 'GET', url: `/api/v1/password-resets/${token}` })).json()).toEqual({
        state: 'expired',
        email: null,
      });
      const late = await post(`/api/v1/password-resets/${token}`, { newPassword: NEW_PASSWORD });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('link_expired');
      const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      expect((await app.inject({ method: 'GET', url: `/api/v1/password-resets/${tampered}` })).statusCode).toBe(404);
    } finally {
      clock.advance(-(60 * 60_000 + 1));
    }
  });

  it('is rate-limited: the fourth request for one address within a minute gets 429', async () => {
    const user = await newUser();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post('/api/v1/auth/password-reset', { email: user.email })).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});

describe('change password (issue #10)', () => {
  it('refuses a wrong current password naming the field', async () => {
    const user = await newUser();
    const browser = await signInAs(app, user.email);
    const response = await browser.request('POST', '/api/v1/me/password', {
      currentPassword: 'not it at all',
      newPassword: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'wrong_password', field: 'currentPassword' });
  });

  it('ends the other sessions and keeps this one; the old password stops working', async () => {
    const user = await newUser();
    const here = await signInAs(app, user.email);
    const elsewhere = await signInAs(app, user.email);
    const response = await here.request('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ended: 1 });
    expect((await here.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await signInRequest(user.email)).statusCode).toBe(401);
    expect((await signInRequest(user.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain('user.password_changed');
  });
});

describe('two-factor sign-in (issue #10)', () => {
  it('enrols with a QR code and a confirming code, and hands out 10 recovery codes once', async () => {
    const user = await newUser();
    const browser = await signInAs(app, user.email);
    const started = await browser.request('POST', '/api/v1/me/two-factor');
    const enrolment = started.json();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUri).toContain('issuer=Channel%20Hub');
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await browser.request('GET', '/api/v1/me/two-factor')).json().enabled).toBe(false);

    const wrong = await browser.request('POST', '/api/v1/me/two-factor/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('code');
    const confirmed = await browser.request('POST', '/api/v1/me/two-factor/confirm', {
      code: await codeAt(enrolment.secret),
    });
    const codes = confirmed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const status = (await browser.request('GET', '/api/v1/me/two-factor')).json();
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, requiredByOrganisation: false });
    const again = await browser.request('POST', '/api/v1/me/two-factor');
    expect(again.statusCode).toBe(409);
    expect(await auditActions(user.id)).toEqual(
      expect.arrayContaining(['user.two_factor_enrolment_started', 'user.two_factor_enabled']),
    );
  });

  it('asks for a code after the password: no session until it is right', async () => {
    const user = await newUser();
    const { secret } = await enrol(await signInAs(app, user.email));
    const first = await signInRequest(user.email);
    expect(first.statusCode).toBe(202);
    expect(first.cookies).toHaveLength(0);
    const { challenge, kind } = first.json().twoFactor;
    expect(kind).toBe('verify');

    const wrong = await post('/api/v1/auth/two-factor', {
      challenge,
      code: '123456' === (await codeAt(secret)) ? '654321' : '123456',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_code', field: 'code' });
    expect(wrong.cookies).toHaveLength(0);

    // A phone a little behind still works (one step of tolerance).
    const right = await post(
      '/api/v1/auth/two-factor',
      { challenge, code: await codeAt(secret, -30) },
      { 'user-agent': FIREFOX },
    );
    expect(right.statusCode).toBe(200);
    expect(right.json().user.email).toBe(user.email);
    expect(right.json().recoveryCodes).toBeUndefined();
    const browser = browserOf(right);
    expect((await browser.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const [stored] = await handle.db
      .select({ method: sessions.method })
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), eq(sessions.method, 'two_factor')));
    expect(stored?.method).toBe('two_factor');
    // The challenge is used up.
    expect((await post('/api/v1/auth/two-factor', { challenge, code: await codeAt(secret) })).json().error.code).toBe(
      'challenge_expired',
    );
  });

  it('takes a recovery code once', async () => {
    const user = await newUser();
    const { recoveryCodes } = await enrol(await signInAs(app, user.email));
    const code = recoveryCodes[3] as string;
    const first = (await signInRequest(user.email)).json().twoFactor.challenge;
    const used = await post('/api/v1/auth/two-factor', { challenge: first, recoveryCode: code.toUpperCase() });
    expect(used.statusCode).toBe(200);
    const second = (await signInRequest(user.email)).json().twoFactor.challenge;
    const reused = await post('/api/v1/auth/two-factor', { challenge: second, recoveryCode: code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error).toMatchObject({ code: 'invalid_code', field: 'recoveryCode' });
    expect((await browserOf(used).request('GET', '/api/v1/me/two-factor')).json().recoveryCodesLeft).toBe(9);
    expect(await auditActions(user.id)).toContain('user.recovery_code_used');
  });

  it('takes a code once: the same code, or an earlier step’s, is refused within its window (RFC 6238 §5.2)', async () => {
    const user = await newUser();
    const { secret } = await enrol(await signInAs(app, user.email));
    const code = await codeAt(secret);
    const first = (await signInRequest(user.email)).json().twoFactor.challenge;
    expect((await post('/api/v1/auth/two-factor', { challenge: first, code })).statusCode).toBe(200);
    const second = (await signInRequest(user.email)).json().twoFactor.challenge;
    const replayed = await post('/api/v1/auth/two-factor', { challenge: second, code });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error).toMatchObject({ code: 'invalid_code', field: 'code' });
    // The previous step's code is still inside the tolerance, but older than the one used.
    const older = await post('/api/v1/auth/two-factor', { challenge: second, code: await codeAt(secret, -30) });
    expect(older.statusCode).toBe(401);
    clock.advance(30_000);
    try {
      expect(
        (await post('/api/v1/auth/two-factor', { challenge: second, code: await codeAt(secret) })).statusCode,
      ).toBe(200);
    } finally {
      clock.advance(-30_000);
    }
  });

  it('ends a challenge after a few wrong codes, and the code is not asked after the challenge expires', async () => {
    const user = await newUser();
    const { secret } = await enrol(await signInAs(app, user.email));
    const { challenge } = (await signInRequest(user.email)).json().twoFactor;
    const right = await codeAt(secret);
    const wrongCode = right === '111111' ? '222222' : '111111';
    for (let i = 0; i < CHALLENGE_MAX_ATTEMPTS; i++) {
      expect((await post('/api/v1/auth/two-factor', { challenge, code: wrongCode })).statusCode).toBe(401);
    }
    const late = await post('/api/v1/auth/two-factor', { challenge, code: right });
    expect(late.json().error.code).toBe('challenge_expired');

    const next = (await signInRequest(user.email)).json().twoFactor.challenge;
    clock.advance(5 * 60_000 + 1);
    try {
      const expired = await post('/api/v1/auth/two-factor', { challenge: next, code: await codeAt(secret) });
      expect(expired.json().error.code).toBe('challenge_expired');
      // The clean-up job deletes expired challenges.
      const mine = () => handle.db.select().from(signInChallenges).where(eq(signInChallenges.userId, user.id));
      expect((await mine()).length).toBeGreaterThan(0);
      await sessionCleanupJob.run({ db: handle.db, clock, config });
      expect(await mine()).toHaveLength(0);
    } finally {
      clock.advance(-(5 * 60_000 + 1));
    }
  });

  it('rate-limits codes per user across challenges: the 11th within a minute gets 429', async () => {
    const user = await newUser();
    const { secret } = await enrol(await signInAs(app, user.email));
    const wrongCode = (await codeAt(secret)) === '333333' ? '444444' : '333333';
    const statuses: number[] = [];
    let challenge = '';
    for (let i = 0; i < 11; i++) {
      // A fresh challenge every fourth code, so the per-challenge bound is not what stops it.
      if (i % 4 === 0) challenge = (await signInRequest(user.email)).json().twoFactor.challenge;
      statuses.push((await post('/api/v1/auth/two-factor', { challenge, code: wrongCode })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('turns off with the password, and new recovery codes replace the old', async () => {
    const user = await newUser();
    const browser = await signInAs(app, user.email);
    const { recoveryCodes } = await enrol(browser);
    const wrong = await browser.request('POST', '/api/v1/me/two-factor/recovery-codes', { password: 'nope' });
    expect(wrong.json().error.field).toBe('password');
    const renewed = await browser.request('POST', '/api/v1/me/two-factor/recovery-codes', { password: TEST_PASSWORD });
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    const { challenge } = (await signInRequest(user.email)).json().twoFactor;
    expect(
      (await post('/api/v1/auth/two-factor', { challenge, recoveryCode: recoveryCodes[0] })).json().error.code,
    ).toBe('invalid_code');
    expect(
      (await post('/api/v1/auth/two-factor', { challenge, recoveryCode: renewed.json().recoveryCodes[0] })).statusCode,
    ).toBe(200);

    const off = await browser.request('POST', '/api/v1/me/two-factor/disable', { password: TEST_PASSWORD });
    expect(off.statusCode).toBe(204);
    expect((await signInRequest(user.email)).statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual(
      expect.arrayContaining(['user.recovery_codes_regenerated', 'user.two_factor_disabled']),
    );
  });
});

describe('required two-factor (issue #10)', () => {
  it('only full administrators require it; a member without it enrols at sign-in before any session', async () => {
    const organisation = await createOrganisation(handle.db, { kind: 'partner', name: 'Strict Partner' });
    const full = await createUser(handle.db, { organisationId: organisation.id, roles: ['partner_full_admin'] });
    const member = await createUser(handle.db, { organisationId: organisation.id, roles: ['partner_read_only_admin'] });
    const memberBrowser = await signInAs(app, member.email);
    const refused = await memberBrowser.request('PUT', '/api/v1/security-policy', { requireTwoFactor: true });
    expect(refused.statusCode).toBe(403);

    const admin = await signInAs(app, full.email);
    const required = await admin.request('PUT', '/api/v1/security-policy', { requireTwoFactor: true });
    expect(required.statusCode).toBe(200);
    expect(required.json()).toEqual({ requireTwoFactor: true, membersWithoutTwoFactor: 2 });
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'organisation.two_factor_requirement_changed'));
    expect(audit).toMatchObject({ organisationId: organisation.id, after: { requireTwoFactor: true } });

    const password = await signInRequest(member.email);
    expect(password.statusCode).toBe(202);
    expect(password.cookies).toHaveLength(0);
    const { challenge, kind } = password.json().twoFactor;
    expect(kind).toBe('enrol');
    // Without a code there is no way round it.
    expect((await post('/api/v1/auth/two-factor', { challenge, code: '000000' })).statusCode).toBe(401);

    const enrolment = await post('/api/v1/auth/two-factor/enrolment', { challenge });
    expect(enrolment.statusCode).toBe(200);
    const { secret, qrCode } = enrolment.json();
    expect(qrCode).toMatch(/^data:image\/svg\+xml/);
    const done = await post('/api/v1/auth/two-factor', { challenge, code: await codeAt(secret) });
    expect(done.statusCode).toBe(200);
    expect(done.json().recoveryCodes).toHaveLength(10);
    const browser = browserOf(done);
    expect((await browser.request('GET', '/api/v1/me/two-factor')).json()).toMatchObject({
      enabled: true,
      requiredByOrganisation: true,
    });
    // Required: it cannot be turned off.
    const off = await browser.request('POST', '/api/v1/me/two-factor/disable', { password: TEST_PASSWORD });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('two_factor_required');
    // Next time the code is asked for.
    expect((await signInRequest(member.email)).json().twoFactor.kind).toBe('verify');
  });

  it('an enrolment challenge is not a way into an account that has two-factor', async () => {
    const user = await newUser();
    await enrol(await signInAs(app, user.email));
    const { challenge } = (await signInRequest(user.email)).json().twoFactor;
    const response = await post('/api/v1/auth/two-factor/enrolment', { challenge });
    expect(response.statusCode).toBe(401);
  });
});

describe('the sessions page (issue #10)', () => {
  it('lists the live sessions with device, address and which is this one; signs out of one or all others', async () => {
    const user = await newUser();
    const firefox = browserOf(await signInRequest(user.email, TEST_PASSWORD, FIREFOX));
    const safari = browserOf(await signInRequest(user.email, TEST_PASSWORD, SAFARI));
    const third = browserOf(await signInRequest(user.email, TEST_PASSWORD, 'curl/8.5.0'));
    const listed = (await firefox.request('GET', '/api/v1/me/sessions')).json().items as {
      id: string;
      browser: string;
      system: string | null;
      current: boolean;
      ipAddress: string;
      method: string;
    }[];
    expect(listed).toHaveLength(3);
    expect(listed.find((s) => s.current)).toMatchObject({ browser: 'Firefox', system: 'Windows', method: 'password' });
    expect(listed.find((s) => s.browser === 'Safari')).toMatchObject({ system: 'macOS', current: false });
    expect(listed.every((s) => s.ipAddress === '127.0.0.1')).toBe(true);

    const safariId = listed.find((s) => s.browser === 'Safari')?.id as string;
    expect((await firefox.request('DELETE', `/api/v1/me/sessions/${safariId}`)).statusCode).toBe(204);
    expect((await safari.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await third.request('GET', '/api/v1/me')).statusCode).toBe(200);

    // Another user's session is not found.
    const other = await newUser();
    const otherBrowser = await signInAs(app, other.email);
    const otherId = (await otherBrowser.request('GET', '/api/v1/me/sessions')).json().items[0].id;
    expect((await firefox.request('DELETE', `/api/v1/me/sessions/${otherId}`)).statusCode).toBe(404);
    expect((await otherBrowser.request('GET', '/api/v1/me')).statusCode).toBe(200);

    const all = await firefox.request('DELETE', '/api/v1/me/sessions');
    expect(all.json()).toEqual({ ended: 1 });
    expect((await third.request('GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await firefox.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain('user.other_sessions_ended');
  });
});
