import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { generate } from 'otplib';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD } from './support/demo.ts';
import { type OwnHub, startOwnHub } from './support/own-server.ts';

/**
 * Issue #10: a person who forgot their password asks for a link, reads it in the e-mail, chooses a new password
 * and signs in; turns two-factor sign-in on and signs in with a code; signs out of other sessions. The e-mail is read
 * from a real SMTP peer, so this journey has a hub of its own (e2e/support/own-server.ts: the Sent mail page hides
 * one-time tokens), and changes no account of the shared demo server.
 */
const EMAIL = 'full@partner-t2.demo';
const NEW_PASSWORD = 'harbour-lantern-47-violet';
const SHOTS = '/tmp/credentials-shots';

let hub: OwnHub;
let secret = '';
/** Shown once at enrolment; the other devices of the sessions part sign in with them (a code works only once). */
let recoveryCodes: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  hub = await startOwnHub({ env: { CHANNEL_HUB_DEMO: '1' } });
});
test.afterAll(async () => {
  await hub?.stop();
});

/** The server's clock (the demo clock may have been moved): codes are computed at its time. */
async function serverNow(api: APIRequestContext): Promise<number> {
  const me = await api.get(`${hub.url}/api/v1/me`);
  expect(me.ok()).toBe(true);
  return Date.parse((await me.json()).now);
}
const codeAt = (ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

/** Signs EMAIL in on another "device" over the API, with the new password and a recovery code. */
async function signInElsewhere(): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: hub.url });
  const response = await api.post('/api/v1/auth/sign-in', { data: { email: EMAIL, password: NEW_PASSWORD } });
  expect(response.status()).toBe(202);
  const { challenge } = (await response.json()).twoFactor;
  const step = await api.post('/api/v1/auth/two-factor', { data: { challenge, recoveryCode: recoveryCodes.pop() } });
  expect(step.status()).toBe(200);
  return api;
}

/** Waits for a dialog to finish appearing (axe measures colours as they are at the moment). */
async function dialogSettled(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

async function openUserMenuItem(page: Page, testId: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId(testId).click();
}

test('forgot password, two-factor sign-in and the sessions page', async ({ page }) => {
  // ——— Forgot password ———
  await page.goto(`${hub.url}/sign-in`);
  await page.getByTestId('forgot-password-link').click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectAccessible(page, 'forgot password');
  await page.getByTestId('forgot-email').fill(EMAIL);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('reset-requested')).toContainText(EMAIL);
  await expectAccessible(page, 'forgot password, link sent');
  await page.screenshot({ path: `${SHOTS}/forgot-sent.png` });

  const link = await hub.linkSentTo(EMAIL, 'reset-password');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page, 'reset password');
  await page.getByTestId('reset-new-password').fill('password1234');
  await page.getByTestId('reset-submit').click();
  await expect(page.getByTestId('reset-new-password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/too common/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/reset-weak.png` });
  await page.getByTestId('reset-new-password').fill(NEW_PASSWORD);
  await page.getByTestId('reset-submit').click();
  await expect(page.getByTestId('reset-done')).toBeVisible();
  await expectAccessible(page, 'reset password, done');
  // The link works once.
  await page.goto(link);
  await expect(page.getByTestId('reset-link-problem')).toContainText('already used');
  await expectAccessible(page, 'reset password, used link');

  await page.goto(`${hub.url}/sign-in`);
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/overview$/);

  // ——— Turn two-factor on ———
  await openUserMenuItem(page, 'account-security');
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Password and two-factor' })).toBeVisible();
  await expectAccessible(page, 'password and two-factor');
  const enable = page.getByTestId('enable-two-factor');
  await enable.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('totp-qr')).toBeVisible();
  secret = (await dialog.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await dialogSettled(page);
  await expectAccessible(page, 'two-factor enrolment dialog');
  await page.screenshot({ path: `${SHOTS}/enrol.png` });
  await dialog.getByTestId('totp-enrol-code').fill(await codeAt(await serverNow(page.request)));
  await dialog.getByTestId('totp-enrol-confirm').click();
  await expect(dialog.getByTestId('recovery-code')).toHaveCount(10);
  recoveryCodes = await dialog.getByTestId('recovery-code').allTextContents();
  await dialogSettled(page);
  await expectAccessible(page, 'recovery codes dialog');
  await page.screenshot({ path: `${SHOTS}/recovery-codes.png` });
  await dialog.getByTestId('two-factor-done').click();
  await expect(dialog).toBeHidden();
  await expect(enable).toBeHidden();
  await expect(page.getByTestId('two-factor-state')).toHaveText('On');

  // ——— Sign in with a code ———
  const now = await serverNow(page.request);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/sign-in/);
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  await expect(page.getByTestId('two-factor-code')).toBeFocused();
  await page.getByTestId('two-factor-code').fill('000000' === (await codeAt(now)) ? '111111' : '000000');
  await page.getByTestId('two-factor-submit').click();
  await expect(page.getByTestId('two-factor-code')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'two-factor sign-in step, wrong code');
  await page.screenshot({ path: `${SHOTS}/two-factor-step.png` });
  await page.getByTestId('two-factor-code').fill(await codeAt(now));
  await page.getByTestId('two-factor-submit').click();
  await expect(page).toHaveURL(/\/overview$/);

  // ——— Sessions ———
  const elsewhere = await signInElsewhere();
  const another = await signInElsewhere();
  await openUserMenuItem(page, 'account-sessions');
  await expect(page).toHaveURL(/\/account\/sessions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('current-session')).toHaveCount(1);
  await expect(rows.filter({ has: page.getByTestId('current-session') })).toContainText('Chrome on Linux');
  await expect(rows.filter({ has: page.getByTestId('current-session') })).toContainText('Password and code');
  await expectAccessible(page, 'sessions');
  await page.screenshot({ path: `${SHOTS}/sessions.png` });

  const endOne = rows
    .filter({ hasNot: page.getByTestId('current-session') })
    .first()
    .getByTestId('end-session');
  await endOne.click();
  await expect(page.getByRole('dialog')).toContainText('Sign out of this session?');
  await dialogSettled(page);
  await expectAccessible(page, 'sign out of one session dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
  await expect(rows).toHaveCount(2);

  const endOthers = page.getByTestId('end-other-sessions');
  await endOthers.click();
  await expect(page.getByRole('dialog')).toContainText('1 other session will be signed out');
  await dialogSettled(page);
  await expectAccessible(page, 'sign out of all other sessions dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out of the others' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(endOthers).toBeFocused();
  await endOthers.click();
  await expect(page.getByText('You are signed in only here.')).toBeVisible();
  for (const api of [elsewhere, another]) {
    expect((await api.get('/api/v1/me')).status()).toBe(401);
    await api.dispose();
  }
  // This session stays.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});

test('a partner full administrator requires two-factor sign-in in Settings', async ({ page }) => {
  // Turned back off at once, so that the other journeys sign in as before.
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('full@partner2.demo');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto('/settings');
  const toggle = page.getByTestId('require-two-factor');
  await expect(page.getByRole('heading', { name: 'Sign-in security' })).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await expectAccessible(page, 'settings with sign-in security');
  // Switched once the server has saved it.
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.getByText('Two-factor sign-in is now required for everyone.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/security-policy.png` });
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(page.getByText('Two-factor sign-in is no longer required.')).toBeVisible();
});
