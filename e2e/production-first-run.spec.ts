import { spawnSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { type OwnHub, startOwnHub } from './support/own-server.ts';

/**
 * Issue #10, "Tests that must exist", the last item: a real installation, in production mode on PostgreSQL
 * (CHANNEL_HUB_DEMO=0, no demo data), mail through a real SMTP peer, everything done in the browser as a vendor
 * would. `channel-hub setup` prints the setup link → the operator completes /setup → adds a trialable service from
 * the empty Catalogue page → adds a partner with its first full administrator on the Partners page → that admin's
 * invitation read from the SMTP peer → they choose a password and are signed in → start a trial for a new customer
 * in the trial wizard, with the new service → the customer admin's link from the SMTP peer → a password → they
 * finish the trial's setup (accept it) in the console. axe scans every screen and dialog on the way.
 *
 * Run by `npm run test:first-run` (scripts/first-run-journey.ts: a fresh PostgreSQL database next to DATABASE_URL),
 * which .ci/run calls; playwright.config.ts leaves this file out of the embedded-database run. Without
 * E2E_FIRST_RUN_DATABASE_URL it fails: it never passes by being skipped.
 */

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const databaseUrl = process.env.E2E_FIRST_RUN_DATABASE_URL;
const SHOTS = process.env.FIRST_RUN_SHOTS_DIR;
const operator = { email: 'operator@acme-vendor.test', name: 'Olga Operator' };
const partnerAdmin = { email: 'anna@nordic-partner.test', name: 'Anna Berg' };
const customerAdminEmail = 'it@fjord-freight.test';
const service = { id: 'cloud-voice', name: 'Cloud Voice' };
let hub: OwnHub;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!databaseUrl) throw new Error('E2E_FIRST_RUN_DATABASE_URL is not set: run `npm run test:first-run`');
  hub = await startOwnHub({ databaseUrl, env: { CHANNEL_HUB_DEMO: '0' } });
});
test.afterAll(async () => {
  await hub?.stop();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function choosePassword(page: Page, link: string, password: string, name?: string) {
  await page.goto(link);
  await expect(page.getByTestId('invitation-form')).toBeVisible();
  await expectAccessible(page, 'invitation page (production)');
  // Invited by address only, a trial customer's administrator puts their own name.
  if (name) await page.getByTestId('invitation-name').fill(name);
  await page.getByLabel('New password').fill(password);
  await page.getByTestId('invitation-submit').click();
}

/** The operator's first service: a real installation starts with an empty catalogue (demo data is off). */
async function addFirstService(page: Page) {
  await page.getByTestId('nav-catalogue').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('The catalogue is empty');
  await shot(page, '02-catalogue-empty');
  await expectAccessible(page, 'catalogue, empty (production)');
  await empty.getByTestId('add-service').click();
  const dialog = page.getByRole('dialog', { name: 'Add a service' });
  await dialog.getByTestId('catalogue-id').fill(service.id);
  await dialog.getByTestId('catalogue-name').fill(service.name);
  await expect(dialog.getByTestId('catalogue-licence-unit')).toHaveValue('user');
  await expect(dialog.getByTestId('catalogue-trialable')).toBeChecked();
  await expectAccessible(page, 'catalogue: add the first service (production)');
  await dialog.getByTestId('catalogue-save').click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('catalogue-services').locator(`[data-id="${service.id}"]`);
  await expect(row).toContainText(service.name);
  await expect(row).toContainText('Offered');
  await shot(page, '03-catalogue-first-service');
  await expectAccessible(page, 'catalogue with its first service (production)');
}

/** The first partner and its first full administrator, whose invitation leaves through the SMTP peer. */
async function addFirstPartner(page: Page) {
  await page.getByTestId('nav-partners').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByTestId('empty-state')).toContainText('No partners yet');
  await expectAccessible(page, 'partners, none yet (production)');
  await page.getByTestId('add-partner').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('partner-name').fill('Nordic Partner');
  await dialog.getByTestId('partner-country').fill('Denm');
  await page.getByRole('option', { name: 'Denmark' }).click();
  await expect(dialog.getByTestId('partner-time-zone')).toHaveValue('Europe/Copenhagen');
  await dialog.getByTestId('partner-admin-name').fill(partnerAdmin.name);
  await dialog.getByTestId('partner-admin-email').fill(partnerAdmin.email);
  await shot(page, '04-add-partner');
  await expectAccessible(page, 'add partner dialog (production)');
  await dialog.getByTestId('partner-submit').click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('partner-title')).toHaveText('Nordic Partner');
  const admins = page.getByTestId('partner-admins');
  await expect(admins).toContainText(partnerAdmin.name);
  await expect(admins).toContainText('Invited');
  await expectAccessible(page, 'partner detail (production)');
}

/** The partner's admin starts a trial of the new service for a new customer, in the wizard. */
async function startTrialInWizard(page: Page) {
  await page.getByTestId('nav-customers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expectAccessible(page, 'customers, none yet (production)');
  await page.getByTestId('start-trial').click();
  const wizard = page.getByRole('dialog', { name: 'Start a trial' });
  await wizard.getByTestId('wizard-company').fill('Fjord Freight');
  await wizard.getByTestId('wizard-admin-email').fill(customerAdminEmail);
  await wizard.getByTestId('wizard-vertical').click();
  await page.getByRole('option', { name: 'Transportation and logistics', exact: true }).click();
  await wizard.getByTestId('wizard-country').fill('Denm');
  await page.getByRole('option', { name: 'Denmark', exact: true }).click();
  await wizard.getByTestId('wizard-supported-location').check();
  await expectAccessible(page, 'trial wizard: customer (production)');
  await wizard.getByTestId('wizard-next').click();

  // The catalogue holds only the operator's service: the wizard offers exactly it.
  const offered = wizard.getByTestId('wizard-services').locator('[data-testid^="service-"]');
  await expect(offered).toHaveCount(1);
  await wizard.getByTestId(`service-${service.id}`).click();
  await expect(wizard.getByTestId('wizard-quantity')).toHaveValue('10');
  await shot(page, '06-wizard-services');
  await expectAccessible(page, 'trial wizard: services (production)');
  await wizard.getByTestId('wizard-next').click();
  await expect(wizard.getByText('The chosen services need no further details.')).toBeVisible();
  await expectAccessible(page, 'trial wizard: details (production)');
  await wizard.getByTestId('wizard-next').click();

  const review = wizard.getByTestId('wizard-review');
  await expect(review).toContainText('Fjord Freight');
  await expect(review).toContainText(customerAdminEmail);
  await expect(review).toContainText(service.name);
  await expectAccessible(page, 'trial wizard: review (production)');
  await wizard.getByTestId('wizard-send').click();
  await expect(wizard.getByTestId('wizard-done')).toBeVisible();
  await expect(wizard.getByTestId('wizard-done-body')).toContainText('for Fjord Freight has begun');
  await shot(page, '07-wizard-done');
  await expectAccessible(page, 'trial wizard: done (production)');
  await wizard.getByTestId('wizard-open-customer').click();
  await expect(page.getByTestId('customer-name')).toHaveText('Fjord Freight');
  const trial = page.getByTestId('ongoing-trials').getByTestId('trial-row');
  await expect(trial.getByTestId('trial-state')).toHaveText('Pending provisioning details');
  await expect(trial).toContainText(service.name);
  await expectAccessible(page, 'the new customer (production)');
}

test('from an empty database to a customer accepting its trial', async ({ browser }) => {
  // channel-hub setup prints the link (the server printed one at start too: no operator yet).
  expect(hub.server.output()).toContain('No vendor operator yet');
  const cli = spawnSync(
    process.execPath,
    [
      'cli/bin.mjs',
      'setup',
      '--email',
      operator.email,
      '--name',
      operator.name,
      '--database-url',
      databaseUrl as string,
    ],
    { encoding: 'utf8', env: { ...process.env, CHANNEL_HUB_PUBLIC_URL: hub.url }, timeout: 90_000 },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const setupLink = new RegExp(`${hub.url}/setup/[A-Za-z0-9_-]+`).exec(cli.stdout)?.[0];
  expect(setupLink, cli.stdout).toBeTruthy();

  const operatorPage = await (await browser.newContext()).newPage();
  await operatorPage.goto(setupLink as string);
  await expect(operatorPage.getByRole('heading', { level: 1, name: 'Set up Channel Hub' })).toBeVisible();
  await expect(operatorPage.getByTestId('setup-email')).toHaveValue(operator.email);
  await expectAccessible(operatorPage, 'first-run setup');
  await operatorPage.getByTestId('setup-organisation').fill('Acme Communications');
  await operatorPage.getByTestId('setup-country').fill('Denmark');
  await operatorPage.getByRole('option', { name: 'Denmark' }).click();
  await expect(operatorPage.getByTestId('setup-time-zone')).toHaveValue('Europe/Copenhagen');
  await operatorPage.getByTestId('setup-password').fill('operator passphrase 2026');
  await shot(operatorPage, '01-setup-form');
  await operatorPage.getByTestId('setup-submit').click();
  await expect(operatorPage).toHaveURL(/\/overview$/);
  await expect(operatorPage.getByText('Channel Hub is set up. Welcome, Olga Operator!')).toBeVisible();
  await expectAccessible(operatorPage, 'overview after the first run');

  await addFirstService(operatorPage);
  await addFirstPartner(operatorPage);

  const partnerPage = await (await browser.newContext()).newPage();
  await choosePassword(partnerPage, await hub.linkSentTo(partnerAdmin.email, 'invitations'), 'partner passphrase 2026');
  await expect(partnerPage).toHaveURL(/\/overview$/);
  await expect(partnerPage.getByText(`Welcome to Nordic Partner, ${partnerAdmin.name}!`)).toBeVisible();
  await shot(partnerPage, '05-partner-signed-in');
  await startTrialInWizard(partnerPage);

  const customerPage = await (await browser.newContext()).newPage();
  await choosePassword(
    customerPage,
    await hub.linkSentTo(customerAdminEmail, 'invitations'),
    'customer passphrase 2026',
    'Ingrid Fjord',
  );
  await expect(customerPage).toHaveURL(/\/console\/trial-requests$/);
  // A Danish customer's administrator works in Danish from the first screen on, the welcome too.
  await expect(customerPage.getByText('Velkommen til Fjord Freight, Ingrid Fjord!')).toBeVisible();
  const running = customerPage.getByTestId('running-trials');
  await expect(running).toContainText('Nordic Partner');
  await expect(running).toContainText(service.name);
  await expect(running.getByTestId('trial-state')).toHaveText('Afventer klargøringsoplysninger');
  await expectAccessible(customerPage, 'trial requests of the new customer');
  await customerPage.getByTestId('finish-setup').click();
  await expect(customerPage.getByTestId('finish-setup')).toHaveCount(0);
  await expect(running.getByTestId('trial-state')).toHaveText('Klargøres');
  await shot(customerPage, '08-customer-trial-accepted');
  await expectAccessible(customerPage, 'trial requests, set up (production)');
});
