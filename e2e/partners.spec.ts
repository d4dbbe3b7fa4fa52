import { expect, request, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * Issue #10, ROL-5: a vendor operator adds a tier 2 partner under the demo distributor together with its first
 * full administrator, finds it by search, edits it, suspends and reactivates it; axe on every screen and dialog.
 */

const shots = process.env.E2E_SHOTS_DIR;

test('add a partner, find it, edit, suspend and reactivate it', async ({ page }, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: shots ? `${shots}/${name}.png` : testInfo.outputPath(`${name}.png`), fullPage: true });
  const suffix = Date.now().toString(36);
  const name = `Fjord Telecom ${suffix}`;
  await signIn(page, 'operator@vendor.demo');
  await page.goto('/partners');
  await expect(page.getByRole('heading', { name: 'Partners', level: 1 })).toBeVisible();
  await expect(page.getByTestId('partner-row').first()).toBeVisible();
  await expectAccessible(page, 'partners list');
  await shot('partners-list');

  // The form: the contract's errors next to their fields, the distributor picker only for tier 2.
  await page.getByTestId('add-partner').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('partner-distributor')).toHaveCount(0);
  await dialog.getByTestId('partner-submit').click();
  await expect(dialog.getByText('Choose a country.')).toBeVisible();
  await expectAccessible(page, 'add partner dialog, errors');
  await dialog.getByTestId('partner-name').fill(name);
  await dialog.locator('label', { hasText: 'Tier 2 partner' }).click();
  await dialog.getByTestId('partner-submit').click();
  await expect(dialog.getByText('Choose the distributor of this tier 2 partner.')).toBeVisible();
  await dialog.getByTestId('partner-distributor').click();
  await page.getByRole('option', { name: 'Distributor', exact: true }).click();
  await dialog.getByTestId('partner-country').fill('Denm');
  await page.getByRole('option', { name: 'Denmark' }).click();
  await expect(dialog.getByTestId('partner-time-zone')).toHaveValue('Europe/Copenhagen');
  await dialog.getByTestId('partner-admin-name').fill('Freja Fjord');
  await dialog.getByTestId('partner-admin-email').fill(`freja-${suffix}@fjord.example`);
  await expectAccessible(page, 'add partner dialog, filled in');
  await shot('partner-add-dialog');
  await dialog.getByTestId('partner-submit').click();

  // Its page: details, the invited administrator.
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('partner-title')).toHaveText(name);
  await expect(page.getByText('Tier 2 partner · Distributor:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Distributor', exact: true })).toBeVisible();
  const admins = page.getByTestId('partner-admins');
  await expect(admins).toContainText('Freja Fjord');
  await expect(admins).toContainText('Partner full administrator');
  await expect(admins).toContainText('Invited');
  await expectAccessible(page, 'partner detail');
  // Nobody in the new partner can resend its first administrator's invitation: the vendor can.
  await admins.getByRole('button', { name: 'Send Freja Fjord a new invitation' }).click();
  await expect(page.getByText(/A new invitation was sent to/)).toBeVisible();
  await shot('partner-detail');

  // The distributor's page links to its tier 2 partners: the list filtered by distributor.
  await page.getByRole('link', { name: 'Distributor', exact: true }).click();
  await expect(page.getByTestId('partner-title')).toHaveText('Distributor');
  await page.getByTestId('tier2-partners').click();
  await expect(page).toHaveURL(/distributorId=/);
  await expect(page.getByTestId('partner-row').filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByTestId('partner-row').filter({ hasText: 'Partner Tier Two' })).toHaveCount(1);
  await expect(page.getByTestId('partner-row').filter({ hasText: 'Partner One' })).toHaveCount(0);

  // Found by search in the list.
  await page.getByRole('link', { name: 'Partners' }).first().click();
  await page.getByTestId('partner-search').fill(`fjord telecom ${suffix}`);
  await expect(page.getByTestId('partner-row')).toHaveCount(1);
  await expect(page.getByTestId('partner-row')).toContainText('Distributor');
  await expect(page.getByTestId('result-count')).toHaveText('1 partner');
  await page.getByTestId('partner-link').click();

  // Edit: rename and move to tier 1 (the distributor goes with it).
  const edit = page.getByTestId('edit-partner');
  await edit.click();
  const editDialog = page.getByRole('dialog');
  await expect(editDialog.getByTestId('partner-name')).toHaveValue(name);
  await expectAccessible(page, 'edit partner dialog');
  await page.keyboard.press('Escape');
  await expect(editDialog).toBeHidden();
  await expect(edit).toBeFocused();
  await edit.click();
  await editDialog.getByTestId('partner-name').fill(`${name} A/S`);
  await editDialog.locator('label', { hasText: 'Tier 1 partner' }).click();
  await expect(editDialog.getByTestId('partner-distributor')).toHaveCount(0);
  await editDialog.getByTestId('partner-save').click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByTestId('partner-title')).toHaveText(`${name} A/S`);
  await expect(page.getByText('Tier 1 partner', { exact: true })).toBeVisible();

  // Suspend, confirmed first.
  await page.getByTestId('suspend-partner').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('cannot sign in');
  await expectAccessible(page, 'suspend partner confirmation');
  await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
  await shot('partner-suspend-confirm');
  await confirm.getByRole('button', { name: 'Suspend' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('suspended-notice')).toBeVisible();
  await expect(page.getByTestId('reactivate-partner')).toBeFocused();
  await expectAccessible(page, 'partner detail, suspended');
  await shot('partner-suspended');

  // The list shows it under the suspended filter, with its data.
  await page.goto(`/partners?status=suspended&q=${encodeURIComponent(suffix)}`);
  await expect(page.getByTestId('partner-row')).toHaveCount(1);
  await expect(page.getByTestId('partner-row')).toContainText('Suspended');
  await page.getByTestId('partner-link').click();

  // Reactivate.
  await page.getByTestId('reactivate-partner').click();
  await expect(page.getByRole('dialog')).toContainText('can sign in again');
  await expectAccessible(page, 'reactivate partner confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('suspended-notice')).toHaveCount(0);
  await expect(page.getByTestId('suspend-partner')).toBeVisible();
  await expect(page.getByTestId('partner-title').locator('..')).toContainText('Active');
});

test('a suspended partner’s administrator is told at sign-in, and signs in again once reactivated', async ({
  page,
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'operator@vendor.demo', password: DEMO_PASSWORD },
  });
  const csrf = { 'x-csrf-token': (await signedIn.json()).csrfToken as string };
  const found = await api.get('/api/v1/partners', { params: { q: 'Partner Two' } });
  const partnerTwo = (await found.json()).items.find((p: { name: string }) => p.name === 'Partner Two');
  const url = `/api/v1/partners/${partnerTwo.id}`;
  expect((await api.patch(url, { data: { status: 'suspended' }, headers: csrf })).status()).toBe(200);
  try {
    await page.context().clearCookies();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill('full@partner2.demo');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('sign-in-error')).toContainText('Your organisation is suspended');
    await expectAccessible(page, 'sign-in, organisation suspended');
  } finally {
    expect((await api.patch(url, { data: { status: 'active' }, headers: csrf })).status()).toBe(200);
    await api.dispose();
  }
  // The form empties the password after a refusal.
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
});
