import { expect, request, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * NOT-3, CAL-8: a partner full administrator creates an API token in Settings, copies the secret shown once,
 * sends usage with it (a customer administrator's sign-in), sees when it was last used, and revokes it.
 */

const shots = process.env.E2E_SHOTS_DIR;

/** Customer One and its administrator, as that administrator's session tells them. */
async function customerOne(baseURL: string): Promise<{ customerId: string; adminId: string }> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'admin@customer1.demo', password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  const body = await response.json();
  await api.dispose();
  return { customerId: body.organisation.id as string, adminId: body.user.id as string };
}

test('create an API token, send usage with it, revoke it', async ({ page, baseURL }, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: shots ? `${shots}/${name}.png` : testInfo.outputPath(`${name}.png`) });
  const { customerId, adminId } = await customerOne(baseURL ?? '');
  await signIn(page, 'full@partner1.demo');
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await expect(page.getByTestId('tokens-empty')).toBeVisible();
  await expectAccessible(page, 'settings, no API tokens');

  await page.getByTestId('create-token').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('token-create-submit').click();
  await expect(dialog.getByText('Enter a name of at most 100 characters.')).toBeVisible();
  await expectAccessible(page, 'create API token dialog, name missing');
  await dialog.getByTestId('token-name').fill('Usage feed from the call platform');
  await dialog.getByTestId('token-create-submit').click();
  const secret = (await dialog.getByTestId('new-token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^chub_/);
  await expectAccessible(page, 'create API token dialog, secret shown');
  await shot('api-token-created');

  const api = await request.newContext({ baseURL });
  const ingest = await api.post('/api/v1/usage/sign-ins', {
    headers: { authorization: `Bearer ${secret}` },
    data: [{ id: 'e2e-sign-in-1', customerId, userId: adminId, signedInAt: new Date().toISOString() }],
  });
  expect(ingest.status()).toBe(200);
  expect(await ingest.json()).toMatchObject({ accepted: 1, rejected: 0 });

  await dialog.getByTestId('token-done').click();
  await expect(dialog).toBeHidden();
  // Focus goes back to what opened the dialog.
  await expect(page.getByTestId('create-token')).toBeFocused();
  await page.reload();
  const table = page.getByTestId('api-tokens');
  await expect(table).toContainText('Usage feed from the call platform');
  await expect(table).toContainText('full@partner1.demo');
  await expect(table).not.toContainText('Never');
  await expect(table).not.toContainText(secret);
  await shot('api-tokens-list');

  const revokeButton = page.getByTestId('revoke-token');
  await revokeButton.click();
  const confirm = page.getByRole('dialog');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(revokeButton).toBeFocused();
  await revokeButton.press('Enter');
  await expect(confirm).toContainText('refused from now on');
  await expectAccessible(page, 'revoke API token confirmation');
  await shot('api-token-revoke-confirm');
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(table).toContainText('Revoked');
  // The revoke button went with the revoked token: the focus is on the create button, not lost to the page.
  await expect(page.getByTestId('revoke-token')).toHaveCount(0);
  await expect(page.getByTestId('create-token')).toBeFocused();
  await expectAccessible(page, 'settings, token revoked');
  const refused = await api.post('/api/v1/usage/sign-ins', {
    headers: { authorization: `Bearer ${secret}` },
    data: [],
  });
  expect(refused.status()).toBe(401);
  await api.dispose();
  await shot('api-tokens-revoked');
});

test('a read-only administrator is told who manages tokens', async ({ page }) => {
  await signIn(page, 'readonly@partner1.demo');
  await page.goto('/settings');
  await expect(page.getByTestId('tokens-not-allowed')).toBeVisible();
  await expectAccessible(page, 'settings as read-only');
});
