import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * The catalogue is data (SPEC §1, issue #10): a vendor operator adds a trialable service on the Catalogue page, a
 * partner's trial wizard offers it; the operator retires it and the wizard no longer does. The service stays
 * retired afterwards — the state every other journey knows, since it offers nothing. An empty catalogue (a real
 * installation) shows how to add the first service. axe scans every screen and dialog.
 */

test.describe.configure({ mode: 'serial', timeout: 150_000 });

const SHOTS = process.env.CATALOGUE_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const stamp = Date.now().toString(36);
const serviceId = `whiteboard-${stamp}`;
const serviceName = `Whiteboard ${stamp}`;
const editionId = `${serviceId}-pro`;
const editionName = `Whiteboard ${stamp} Pro edition`;

/** A partner's sales full administrator, in a browser of its own, on the wizard's services step. */
async function wizardServices(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'salesfull@partner1.demo');
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('start-trial').click();
  const wizard = page.getByRole('dialog', { name: 'Start a trial' });
  await wizard.getByTestId('wizard-company').fill(`Catalogue Test ${stamp}`);
  await wizard.getByTestId('wizard-admin-email').fill(`admin-${stamp}@catalogue.test`);
  await wizard.getByTestId('wizard-vertical').click();
  await page.getByRole('option', { name: 'Technology', exact: true }).click();
  await wizard.getByTestId('wizard-country').fill('Denm');
  await page.getByRole('option', { name: 'Denmark', exact: true }).click();
  await wizard.getByTestId('wizard-supported-location').check();
  await wizard.getByTestId('wizard-next').click();
  await expect(wizard.getByTestId('service-messaging')).toBeVisible();
  return { context, page, wizard };
}

test('an operator adds a trialable service; the wizard offers it; retired, it is offered no more', async ({
  page,
  browser,
}) => {
  await signIn(page, 'operator@vendor.demo');
  await page.getByTestId('nav-catalogue').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  const services = page.getByTestId('catalogue-services');
  await expect(services.locator('[data-id="meetings-enterprise"]')).toContainText('Meetings');
  await expect(page.getByTestId('catalogue-device-types').locator('[data-id="desk-phone"]')).toBeVisible();
  await shot(page, '01-catalogue');
  await expectAccessible(page, 'catalogue');

  // Add a service: nothing filled in says what is missing, in the form.
  await page.getByTestId('add-service').click();
  const dialog = page.getByRole('dialog', { name: 'Add a service' });
  await dialog.getByTestId('catalogue-licence-unit').fill('');
  await dialog.getByTestId('catalogue-save').click();
  await expect(dialog.getByText('Enter an id of lower-case letters, digits and hyphens.')).toBeVisible();
  await expect(dialog.getByTestId('catalogue-id')).toBeFocused();
  await expectAccessible(page, 'catalogue: add service, errors');
  // A taken id is told on its field.
  await dialog.getByTestId('catalogue-id').fill('messaging');
  await dialog.getByTestId('catalogue-name').fill(serviceName);
  await dialog.getByTestId('catalogue-licence-unit').fill('board');
  await dialog.getByTestId('catalogue-save').click();
  await expect(dialog.getByText('This id is in use already.')).toBeVisible();
  await dialog.getByTestId('catalogue-id').fill(serviceId);
  await expect(dialog.getByTestId('catalogue-trialable')).toBeChecked();
  await shot(page, '02-add-service');
  await expectAccessible(page, 'catalogue: add service');
  await dialog.getByTestId('catalogue-save').click();
  await expect(dialog).toBeHidden();
  // The focus is back on the button that opened the dialog.
  await expect(page.getByTestId('add-service')).toBeFocused();
  const row = services.locator(`[data-id="${serviceId}"]`);
  await expect(row).toContainText(serviceName);
  await expect(row).toContainText('Offered');

  // Edit it: the dialog holds what is stored.
  await row.getByRole('button', { name: `Edit ${serviceName}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${serviceName}` });
  await expect(edit.getByTestId('catalogue-licence-unit')).toHaveValue('board');
  await expectAccessible(page, 'catalogue: edit service');
  await edit.getByTestId('catalogue-licence-unit').fill('user');
  await edit.getByTestId('catalogue-save').click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('user');

  // An edition of it: the parent is chosen from the top-level services.
  await page.getByTestId('add-service').click();
  const addEdition = page.getByRole('dialog', { name: 'Add a service' });
  await addEdition.getByTestId('catalogue-id').fill(editionId);
  await addEdition.getByTestId('catalogue-name').fill(editionName);
  await addEdition.getByTestId('catalogue-parent').click();
  await expect(page.getByRole('option', { name: 'Meetings Enterprise edition' })).toHaveCount(0);
  await page.getByRole('option', { name: serviceName, exact: true }).click();
  await addEdition.getByTestId('catalogue-save').click();
  await expect(addEdition).toBeHidden();
  const editionRow = services.locator(`[data-id="${editionId}"]`);
  await expect(editionRow).toContainText(serviceName);

  // The partner's wizard offers both.
  const partner = await wizardServices(browser);
  await expect(partner.wizard.getByTestId(`service-${serviceId}`)).toBeVisible();
  await expect(partner.wizard.getByTestId(`service-${serviceId}`)).toContainText(serviceName);
  await expect(partner.wizard.getByTestId(`service-${editionId}`)).toContainText(editionName);
  await shot(partner.page, '03-wizard-offers-it');
  await partner.context.close();

  // Retire it, after a confirmation.
  await row.getByRole('button', { name: `Retire ${serviceName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Retire ${serviceName}?` });
  await expect(confirm).toContainText('keep it');
  await shot(page, '04-retire');
  await expectAccessible(page, 'catalogue: retire');
  await confirm.getByRole('button', { name: 'Retire' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Retired');
  await expect(editionRow).toContainText('Not offered');
  await expect(row.getByRole('button', { name: `Restore ${serviceName}` })).toBeFocused();

  // The restore confirmation is there too (and cancelled: the service stays retired).
  await row.getByRole('button', { name: `Restore ${serviceName}` }).click();
  const restore = page.getByRole('dialog', { name: `Restore ${serviceName}?` });
  await expectAccessible(page, 'catalogue: restore');
  await restore.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(restore).toBeHidden();
  await shot(page, '05-retired');

  const later = await wizardServices(browser);
  await expect(later.wizard.getByTestId(`service-${serviceId}`)).toHaveCount(0);
  await expect(later.wizard.getByTestId(`service-${editionId}`)).toHaveCount(0);
  await later.context.close();
});

test('an empty catalogue (a real installation) says so and offers to add the first service', async ({ page }) => {
  await signIn(page, 'operator@vendor.demo');
  await page.route('**/api/v1/catalogue?*', (route) =>
    route.fulfill({ json: { services: [], deviceTypes: [] }, contentType: 'application/json' }),
  );
  await page.goto('/catalogue');
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('The catalogue is empty');
  await shot(page, '06-empty');
  await expectAccessible(page, 'catalogue: empty');
  await empty.getByTestId('add-service').click();
  await expect(page.getByRole('dialog', { name: 'Add a service' })).toBeVisible();
});
