import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

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
