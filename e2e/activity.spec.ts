import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { customerOneId, signIn } from './support/demo.ts';

/**
 * SPEC §11: Customer One's full administrator opens Customer activity, switches workspace, drills into proactive
 * services, downloads the proof of delivery, and gives the customer activity role to a plain user, who then sees
 * the page (ACT-2); the role is taken away again at the end. axe on every screen, drawer and dialog.
 */

const shots = process.env.E2E_SHOTS_DIR;

test('customer activity: workspaces, a drill-down, the proof of delivery and delegation', async ({
  page,
  browser,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: shots ? `${shots}/${name}.png` : testInfo.outputPath(`${name}.png`), fullPage: true });

  // Without the role, the plain user (who reads Danish, in a browser of their own) is told the page is not theirs.
  const user = await (await browser.newContext()).newPage();
  await signIn(user, 'user@customer1.demo');
  await user.goto('/activity');
  await expect(user.getByTestId('activity-no-access')).toBeVisible();
  await expectAccessible(user, 'customer activity, no access');

  await signIn(page, 'admin@customer1.demo');
  await page.goto('/activity');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('line-proactive_services')).toBeVisible();
  await expect(page.getByText('AGR-2024-0117', { exact: false }).first()).toBeVisible();
  await expectAccessible(page, 'customer activity');
  await shot('activity-overview');

  // Another workspace: its own agreement.
  await page.getByTestId('workspace-filter').click();
  await page.getByRole('option', { name: 'Nordic subsidiary' }).click();
  await expect(page.getByText('AGR-2025-0311', { exact: false }).first()).toBeVisible();
  await page.getByTestId('workspace-filter').click();
  await page.getByRole('option', { name: 'Headquarters' }).click();
  await expect(page.getByText('AGR-2024-0117', { exact: false }).first()).toBeVisible();

  // The drill-down of proactive services: its records in a grid.
  await page.getByTestId('drill-proactive_services').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('drill-down')).toBeVisible();
  await expect(drawer.locator('tbody tr').first()).toBeVisible();
  await expectAccessible(page, 'proactive services drill-down');
  await shot('activity-drill-down');
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // The proof of delivery of the active agreement, as a PDF.
  const download = page.waitForEvent('download');
  await page.getByTestId('proof-pdf').click();
  expect((await download).suggestedFilename()).toBe('proof-of-delivery-AGR-2024-0117.pdf');

  // Delegation (Access tab): the plain user gets the role.
  await page.getByTestId('tab-access').click();
  const row = page.locator('tr[data-email="user@customer1.demo"]');
  await row.getByTestId('give-role').click();
  await expect(row.getByTestId('has-role')).toBeVisible();
  await expectAccessible(page, 'customer activity access');
  await shot('activity-access');

  await user.goto('/activity');
  await expect(user.getByTestId('line-proactive_services')).toBeVisible();

  // Taken away again, after a confirmation.
  await row.getByTestId('remove-role').click();
  const confirm = page.getByRole('dialog');
  await expectAccessible(page, 'remove customer activity role dialog');
  await confirm.getByRole('button', { name: /Remove role|Fjern rolle/ }).click();
  await expect(row.getByTestId('give-role')).toBeVisible();
  await user.context().close();
});

/**
 * ACT-1, ACT-2 (issue #13): a vendor operator sets up Customer One's support from its Agreements tab — a workspace
 * with a member, an agreement (a wrong end date is told at its field first), an enterprise-wide package, an
 * entitlement of 40 hours and a support group — and the customer's administrator finds it on Customer activity;
 * the administrator then shares a support request with the plain user, who sees it until it is unshared.
 */
test('support setup by the vendor, and sharing a support request', async ({ page, browser, baseURL }) => {
  const dialogShot = (name: string) => page.getByRole('dialog').screenshot({ path: `/tmp/ss-${name}.png` });
  const id = await customerOneId(baseURL ?? '');
  await signIn(page, 'operator@vendor.demo');
  await page.goto(`/customers/${id}/agreements`);
  const setup = page.getByTestId('support-setup');
  await expect(setup).toBeVisible();
  const dialog = page.getByRole('dialog');
  const save = async () => {
    await dialog.getByTestId('setup-save').click();
    await expect(dialog).toHaveCount(0);
  };

  await setup.getByRole('button', { name: 'Add workspace' }).click();
  await dialog.getByLabel('Name').fill('Lab site');
  await dialog.getByLabel('Members').click();
  await page.getByRole('option', { name: /user@customer1\.demo/ }).click();
  // Back to the name field: the members' list closes, as it would for a person moving on.
  await dialog.getByLabel('Name').click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expectAccessible(page, 'support setup: workspace dialog');
  await dialogShot('workspace-dialog');
  await save();
  await expect(setup.getByTestId('setup-workspaces')).toContainText('Lab site');

  await setup.getByRole('button', { name: 'Add agreement' }).click();
  await dialog.getByLabel('Workspace').click();
  await page.getByRole('option', { name: 'Lab site' }).click();
  await dialog.getByLabel('Agreement number').fill('AGR-LAB-1');
  await dialog.getByLabel('Name').fill('Lab support');
  await dialog.getByLabel('Starts on').fill('2026-01-01');
  await dialog.getByLabel('Ends on').fill('2025-12-31');
  await dialog.getByTestId('setup-save').click();
  await expect(dialog.getByText('Enter an end date after the start date.')).toBeVisible();
  await dialog.getByLabel('Ends on').fill('2028-12-31');
  await expectAccessible(page, 'support setup: agreement dialog');
  await dialogShot('agreement-dialog');
  await save();

  await setup.getByRole('button', { name: 'Add a package to AGR-LAB-1' }).click();
  await dialog.getByLabel('Kind of package').click();
  await page.getByRole('option', { name: 'Enterprise-wide' }).click();
  await dialog.getByLabel('Name').fill('Lab services');
  await expectAccessible(page, 'support setup: package dialog');
  await dialogShot('package-dialog');
  await save();

  await setup.getByRole('button', { name: 'Add an entitlement to Lab services' }).click();
  await dialog.getByLabel('Category').click();
  await page.getByRole('option', { name: 'Proactive services' }).click();
  await dialog.getByLabel('Name').fill('Lab workshops');
  await dialog.getByLabel('Quantity bought').fill('40');
  await expectAccessible(page, 'support setup: entitlement dialog');
  await dialogShot('entitlement-dialog');
  await save();
  await expect(setup.getByTestId('setup-entitlements')).toContainText('Lab workshops');

  await setup.getByRole('button', { name: 'Add support group' }).click();
  await dialog.getByLabel('Name').fill('Lab operations');
  await expectAccessible(page, 'support setup: support group dialog');
  await dialogShot('group-dialog');
  await save();
  await expect(setup.getByTestId('setup-groups')).toContainText('Lab operations');

  // The customer's administrator sees the new workspace with its 40 hours, none consumed yet.
  await signIn(page, 'admin@customer1.demo');
  await page.goto('/activity');
  await page.getByTestId('workspace-filter').click();
  await page.getByRole('option', { name: 'Lab site' }).click();
  await expect(page.getByText('AGR-LAB-1', { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId('line-proactive_services')).toContainText('0 / 40');

  // Sharing: a request the plain user does not see yet.
  const user = await (await browser.newContext()).newPage();
  await signIn(user, 'user@customer1.demo');
  // What the user sees, as the API lists it (the rows of the page below are the same list).
  const visibleToUser = async () => {
    const response = await user.request.get('/api/v1/support-requests');
    expect(response.ok()).toBe(true);
    return ((await response.json()).items as { number: string }[]).map((r) => r.number);
  };
  const seen = new Set(await visibleToUser());
  await page.goto('/support-requests');
  await expect(page.locator('tr[data-number]').first()).toBeVisible();
  const numbers = await page
    .locator('tr[data-number]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')));
  const number = numbers.find((n) => n !== null && !seen.has(n)) as string;
  await page.locator(`tr[data-number="${number}"]`).click();
  const sharing = page.getByTestId('request-sharing');
  await page.getByTestId('share-with').click();
  await page.getByRole('option', { name: /user@customer1\.demo/ }).click();
  await page.getByTestId('share-request').click();
  await expect(sharing.getByTestId('request-share')).toContainText('user@customer1.demo');
  await expectAccessible(page, 'support request drawer, shared');
  await page.getByRole('dialog').screenshot({ path: '/tmp/ss-request-sharing.png' });
  await user.goto('/support-requests');
  await expect(user.locator(`tr[data-number="${number}"]`)).toBeVisible();

  await sharing.getByTestId('unshare').click();
  await expect(page.getByTestId('confirm-delete')).toBeVisible();
  await expectAccessible(page, 'stop sharing dialog');
  await page.getByTestId('confirm-delete').click();
  await expect(sharing.getByTestId('request-share')).toHaveCount(0);
  expect(await visibleToUser()).not.toContain(number);
  await user.context().close();
});
