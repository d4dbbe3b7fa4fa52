import { expect, type Page, test } from '@playwright/test';
import { startTestIssuer, type TestIssuer } from '../server/testing/oidc-issuer.ts';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * Issue #10, single sign-on: a partner's full administrator configures an identity provider (a real OpenID Connect
 * provider started by this spec on loopback) for a domain of its own; a person invited with an address of that
 * domain signs in through it from the sign-in page, and an address without an account comes back with the reason.
 * The domain is one no other journey signs in with, and the configuration is removed at the end.
 */

const hub = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3199)}`;
const domain = 'sso-partner1.test';
let issuer: TestIssuer;

test.beforeAll(async () => {
  issuer = await startTestIssuer({ redirectUris: [`${hub}/api/v1/auth/sso/callback`] });
});
test.afterAll(async () => {
  await issuer?.close();
});

const csrfOf = async (page: Page) =>
  ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;

/** To the sign-in page (sent there from `askedFor`, when given) and its single sign-on choice for `email`. */
async function signInThroughProvider(page: Page, email: string, askedFor?: string) {
  await page.context().clearCookies();
  await page.goto(askedFor ?? '/sign-in');
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('E-mail').fill(email);
  const continueButton = page.getByTestId('sso-continue');
  await expect(continueButton).toBeVisible();
  await expect(page.getByTestId('sign-in-password')).toHaveCount(0);
  return continueButton;
}

async function loginAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === issuer.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin === hub);
}

test('a full administrator configures single sign-on and an invited person signs in through it', async ({ page }) => {
  await signIn(page, 'full@partner1.demo');
  const person = `sam.${Date.now().toString(36)}@${domain}`;
  const invited = await page.request.post('/api/v1/administrators', {
    data: { email: person, name: 'Sam Single', roles: ['partner_read_only_admin'] },
    headers: { 'x-csrf-token': await csrfOf(page) },
  });
  expect(invited.status()).toBe(201);

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('sso-redirect-uri')).toHaveText(`${hub}/api/v1/auth/sso/callback`);
  await page.getByTestId('sso-issuer').fill(issuer.issuer);
  await page.getByTestId('sso-client-id').fill(issuer.clientId);
  await page.getByTestId('sso-client-secret').fill(issuer.clientSecret);
  await page.getByTestId('sso-domains').fill(domain);
  await page.getByTestId('sso-domains').press('Enter');
  await expectAccessible(page, 'settings, single sign-on');
  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/single-sign-on'));
  await page.getByTestId('save-single-sign-on').click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId('single-sign-on-status')).toBeVisible();
  // The secret is write-only: the field is empty again and says one is set.
  await expect(page.getByTestId('sso-client-secret')).toHaveValue('');
  await page.getByTestId('single-sign-on-form').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/single-sign-on-settings.png', fullPage: true });
  await page.getByTestId('remove-single-sign-on').click();
  await expectAccessible(page, 'settings, remove single sign-on dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('remove-single-sign-on')).toBeFocused();

  // Asked for a page before signing in: the round trip through the provider lands there.
  const continueButton = await signInThroughProvider(page, person, '/trials?state=active');
  await expectAccessible(page, 'sign-in, single sign-on');
  await page.screenshot({ path: 'test-results/single-sign-on-sign-in.png' });
  await continueButton.click();
  await loginAtProvider(page, person);
  await expect(page).toHaveURL(`${hub}/trials?state=active`);
  await expect(page.getByRole('heading', { level: 1, name: 'Trials' })).toBeVisible();
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { email: string } };
  expect(me.user.email).toBe(person);

  // An address of the domain without an account comes back to sign-in, told why.
  const refused = await signInThroughProvider(page, `nobody@${domain}`);
  await refused.click();
  await loginAtProvider(page, `nobody@${domain}`);
  await expect(page).toHaveURL(/\/sign-in\?sso_error=no_account/);
  await expect(page.getByTestId('sso-error')).toContainText('no Channel Hub account');
  await expectAccessible(page, 'sign-in, single sign-on refused');
  await page.screenshot({ path: 'test-results/single-sign-on-refused.png' });

  // Other journeys run on this database: the provider goes again.
  await signIn(page, 'full@partner1.demo');
  const removed = await page.request.delete('/api/v1/organisation/single-sign-on', {
    headers: { 'x-csrf-token': await csrfOf(page) },
  });
  expect(removed.status()).toBe(204);
});

test("a customer's full administrator finds single sign-on on the Administrators page", async ({ page }) => {
  await signIn(page, 'admin@customer1.demo');
  await page.getByTestId('nav-administrators').click();
  await expect(page.getByRole('region', { name: 'Single sign-on' })).toBeVisible();
  await expect(page.getByTestId('sso-redirect-uri')).toHaveText(`${hub}/api/v1/auth/sso/callback`);
  // A save the issuer does not answer names the issuer field.
  await page.getByTestId('sso-issuer').fill('http://127.0.0.1:9');
  await page.getByTestId('sso-client-id').fill('customer-one');
  await page.getByTestId('sso-client-secret').fill('a-secret');
  await page.getByTestId('sso-domains').fill('sso-customer1.test');
  await page.getByTestId('sso-domains').press('Enter');
  await page.getByTestId('save-single-sign-on').click();
  await expect(page.getByTestId('sso-issuer')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sso-issuer')).toBeFocused();
  await expectAccessible(page, 'administrators, single sign-on (customer)');
  await page.screenshot({ path: 'test-results/single-sign-on-customer.png', fullPage: true });
});
