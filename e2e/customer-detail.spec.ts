import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { customerOneId, signIn } from './support/demo.ts';

/**
 * DET-1, DET-4, CUS-7: a partner full administrator opens a customer, assigns a partner admin on the Partner
 * admins tab, launches the customer organisation and sees its console; the Activity tab shows both.
 */

test('open a customer, assign a partner admin, launch its organisation and see the console', async ({
  page,
  baseURL,
}, testInfo) => {
  const id = await customerOneId(baseURL ?? '');
  await signIn(page, 'full@partner1.demo');

  await page.goto(`/customers/${id}`);
  await expect(page.getByTestId('customer-name')).toHaveText('Customer One');
  await expect(page.getByTestId('customer-header')).toContainText('Owned by Partner One');
  await expectAccessible(page, 'customer detail');

  await page.getByRole('tab', { name: /Partner admins/ }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/admins$`));
  await page.getByTestId('assign-admin').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'assign partner admin dialog');
  await dialog.getByRole('textbox', { name: 'Administrator' }).fill('sales@partner1');
  // The options list opens in a portal above the dialog.
  await page.getByRole('option', { name: /sales@partner1\.demo/ }).click();
  await dialog.getByTestId('assign-admin-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('partner-admins')).toContainText('sales@partner1.demo');
  await expectAccessible(page, 'customer detail, partner admins');
  await page.screenshot({ path: testInfo.outputPath('partner-admins.png') });

  await page.getByTestId('launch-customer').click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/console$`));
  await expect(page.getByTestId('console-banner')).toContainText(
    'You are viewing Customer One’s organisation as Partner One',
  );
  await expect(page.getByTestId('console-banner')).toContainText('full administration');
  await expect(page.getByTestId('console-services')).toBeVisible();
  await expectAccessible(page, 'partner console of a customer');
  await page.getByRole('tab', { name: 'Users' }).click();
  await expect(page.getByTestId('console-users')).toContainText('admin@customer1.demo');
  await expectAccessible(page, 'partner console, users');
  await page.screenshot({ path: testInfo.outputPath('console.png') });

  await page.getByRole('link', { name: 'Back to Customer One' }).click();
  await page.getByRole('tab', { name: 'Activity' }).click();
  const activity = page.getByTestId('activity');
  await expect(activity).toContainText('Launched the customer organisation');
  await expect(activity).toContainText('Assigned a partner admin');
  await expectAccessible(page, 'customer detail, activity');

  // The shared table with data held in the browser: it sorts, hides a column and exports what it shows.
  await activity.getByTestId('sort-what').click();
  await expect(activity.getByRole('columnheader', { name: 'What' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByTestId('column-menu').click();
  await expectAccessible(page, 'customer detail, activity, column menu');
  await page.getByTestId('column-toggle-change').click();
  await page.keyboard.press('Escape');
  await expect(activity.getByRole('columnheader', { name: 'Change' })).toHaveCount(0);
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('activity.csv');
  const csv = readFileSync((await file.path()) as string, 'utf8');
  expect(csv.split('\n')[0]).toBe('When,Who,What');
});

test('a customer administrator sees its own console without the partner banner', async ({ page }) => {
  await signIn(page, 'admin@customer1.demo');
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByTestId('console-services')).toBeVisible();
  await expect(page.getByTestId('console-banner')).toHaveCount(0);
  await expectAccessible(page, 'customer console');
});

test('a vendor operator changes a subscription’s licences through its dialog and suspends it as unpaid', async ({
  page,
  baseURL,
}) => {
  const id = await customerOneId(baseURL ?? '');
  await signIn(page, 'operator@vendor.demo');
  await page.goto(`/customers/${id}/subscriptions`);
  const card = page
    .getByTestId('subscription')
    .filter({ has: page.getByTestId('subscription-actions') })
    .first();
  await expect(card).toBeVisible();
  const number = (await card.getByRole('heading').textContent()) ?? '';

  await card.getByTestId('subscription-actions').click();
  await page.getByTestId('subscription-change').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const quantity = dialog.getByRole('textbox').first();
  const original = await quantity.inputValue();
  await quantity.fill('0');
  await expect(dialog.getByText(/Enter a whole number from 1/)).toBeVisible();
  await expectAccessible(page, 'change subscription dialog');
  await quantity.fill('321');
  await page.screenshot({ path: '/tmp/sl-change-dialog.png' });
  await dialog.getByTestId('subscription-change-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${number} was changed.`)).toBeVisible();
  await expect(card).toContainText('321');
  // The change is an order of kind Change in the order history.
  await expect(page.getByRole('table', { name: 'Order history' }).getByRole('row').nth(1)).toContainText('Change');
  await page.screenshot({ path: '/tmp/sl-subscription-changed.png' });

  await card.getByTestId('subscription-actions').click();
  await page.getByTestId('subscription-suspend').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('marked unpaid and suspended');
  await expectAccessible(page, 'suspend subscription dialog');
  await confirm.getByTestId('confirm-delete').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`${number} was suspended.`)).toBeVisible();
  await expect(card).toContainText('Unpaid');
  await expect(page.getByTestId('customer-header')).toContainText('Suspended');
  await page.screenshot({ path: '/tmp/sl-subscription-suspended.png' });

  // The journeys after this one find Customer One as it was: reinstated, with its quantity back.
  await card.getByTestId('subscription-actions').click();
  await page.getByTestId('subscription-reinstate').click();
  await expect(page.getByText(`${number} was reinstated: active and paid again.`)).toBeVisible();
  await expect(card).not.toContainText('Unpaid');
  await card.getByTestId('subscription-actions').click();
  await page.getByTestId('subscription-change').click();
  await page.getByRole('dialog').getByRole('textbox').first().fill(original);
  await page.getByRole('dialog').getByTestId('subscription-change-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('customer-header')).not.toContainText('Suspended');
});
