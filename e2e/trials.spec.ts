import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * The trials lifecycle in the browser (TRI-1, TRI-4, TRI-8, TRI-9, TRI-12, TRI-13, DET-3): a sales full
 * administrator starts a trial for a new customer from the Customers page, a partner starts one for an existing
 * customer found by its administrator's e-mail, that customer's full administrator accepts it with full
 * administration, the partner extends it (the dialog shows the old end + 30 days before saving) and converts it.
 * A vendor operator approves a device-trial extension. Every screen is photographed at 1366×768.
 */

// Each journey scans a dozen screens and dialogs with axe, more than the default minute on a loaded machine.
test.describe.configure({ timeout: 150_000 });

const SHOTS = process.env.TRIALS_SHOTS_DIR;
async function shot(page: Page, name: string, testInfo: { outputPath: (name: string) => string }) {
  await page.screenshot({ path: SHOTS ? `${SHOTS}/${name}.png` : testInfo.outputPath(`${name}.png`) });
}

/** en-GB "12 Dec 2026", as the app shows dates: in the signed-in organisation's time zone. */
const dateText = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));

async function apiAs(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return { api, csrf: (await response.json()).csrfToken as string };
}

/** Another user in the same browser: no session, and the sign-in page back in English (the language is kept). */
async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, email);
}

test.describe.configure({ mode: 'serial' });

test('start a trial for a new customer from the Customers page', async ({ page }, testInfo) => {
  const stamp = Date.now().toString(36);
  await signIn(page, 'salesfull@partner1.demo');
  await page.getByTestId('nav-customers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await page.getByTestId('start-trial').click();

  const wizard = page.getByRole('dialog', { name: 'Start a trial' });
  await expect(wizard.getByTestId('wizard-company')).toBeVisible();
  // Nothing filled in: Next stays on the step and says what is missing.
  await wizard.getByTestId('wizard-next').click();
  await expect(wizard.getByText('Enter the company name.')).toBeVisible();
  await expect(wizard.getByTestId('wizard-company')).toBeFocused();
  await wizard.getByTestId('wizard-company').fill(`Fjordlys Test ${stamp}`);
  // An address that already belongs to a user: the server refuses it when the request is sent.
  await wizard.getByTestId('wizard-admin-email').fill('admin@customer1.demo');
  await wizard.getByTestId('wizard-vertical').click();
  await page.getByRole('option', { name: 'Technology', exact: true }).click();
  await wizard.getByTestId('wizard-country').fill('Denm');
  await page.getByRole('option', { name: 'Denmark', exact: true }).click();
  await expect(wizard.getByTestId('wizard-region')).toContainText('Data residency region: EU');
  await wizard.getByTestId('wizard-supported-location').check();
  await shot(page, '01-wizard-customer', testInfo);
  await expectAccessible(page, 'trials: 01-wizard-customer');
  await wizard.getByTestId('wizard-next').click();
  // Back keeps what was entered.
  await wizard.getByRole('button', { name: 'Back' }).click();
  await expect(wizard.getByTestId('wizard-company')).toHaveValue(`Fjordlys Test ${stamp}`);
  await expect(wizard.getByTestId('wizard-supported-location')).toBeChecked();
  await wizard.getByTestId('wizard-next').click();

  await wizard.getByTestId('service-messaging').click();
  await wizard.getByTestId('service-meetings-enterprise').click();
  await wizard.getByTestId('service-devices').click();
  await wizard.getByTestId('wizard-quantity').fill('25');
  await wizard.getByTestId('wizard-duration').getByText('60 days').click();
  await expect(wizard.getByText('Applies to every chosen service except Devices.')).toBeVisible();
  await shot(page, '02-wizard-services', testInfo);
  await expectAccessible(page, 'trials: 02-wizard-services');
  await wizard.getByTestId('wizard-next').click();

  await wizard.getByTestId('wizard-site').fill(`fjordlys-${stamp}`);
  await expect(wizard.getByText(`fjordlys-${stamp}`, { exact: false }).last()).toBeVisible();
  await wizard.getByTestId('wizard-time-zone').fill('Europe/Copenh');
  await page.getByRole('option', { name: 'Europe/Copenhagen' }).click();
  await wizard.getByTestId('device-desk-phone').fill('2');
  await shot(page, '03-wizard-details', testInfo);
  await expectAccessible(page, 'trials: 03-wizard-details');
  await wizard.getByTestId('wizard-next').click();

  const review = wizard.getByTestId('wizard-review');
  await expect(review).toContainText(`Fjordlys Test ${stamp}`);
  await expect(review).toContainText('25 licences for each service (not Devices)');
  await expect(review).toContainText('2 × Desk phone');
  await shot(page, '04-wizard-review', testInfo);
  await expectAccessible(page, 'trials: 04-wizard-review');
  await wizard.getByTestId('wizard-send').click();

  // The server's answer names the field: the wizard goes back to the Customer step and shows it there.
  await expect(wizard.getByTestId('wizard-admin-email')).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.getByTestId('wizard-admin-email')).toBeFocused();
  await expect(wizard.getByTestId('wizard-company')).toBeVisible();
  await shot(page, '04b-wizard-server-error', testInfo);
  await expectAccessible(page, 'trials: 04b-wizard-server-error');
  await wizard.getByTestId('wizard-admin-email').fill(`it-${stamp}@fjordlys.example`);
  for (let step = 0; step < 3; step++) await wizard.getByTestId('wizard-next').click();
  await expect(wizard.getByTestId('wizard-review')).toContainText(`it-${stamp}@fjordlys.example`);
  await wizard.getByTestId('wizard-send').click();

  await expect(wizard.getByTestId('wizard-done')).toBeVisible();
  // The partner created the organisation, so no consent is asked: the trial begins at once (docs/trial-rules.md).
  await expect(wizard.getByTestId('wizard-done-body')).toContainText(`for Fjordlys Test ${stamp} has begun`);
  await shot(page, '05-wizard-done', testInfo);
  await expectAccessible(page, 'trials: 05-wizard-done');
  await wizard.getByTestId('wizard-open-customer').click();
  await expect(page.getByTestId('customer-name')).toHaveText(`Fjordlys Test ${stamp}`);
  const row = page.getByTestId('ongoing-trials').getByTestId('trial-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('trial-state')).toHaveText('Pending provisioning details');
  await expect(row).toContainText('Meetings Enterprise edition');
  await expect(row.getByTestId('trial-extend')).toBeVisible();
  await shot(page, '06-detail-new-trial', testInfo);
  await expectAccessible(page, 'trials: 06-detail-new-trial');

  // Edit (TRI-11): drop Messaging, raise the quantity.
  await row.getByTestId('trial-edit').click();
  const editDialog = page.getByRole('dialog');
  await editDialog.getByRole('checkbox', { name: 'Messaging' }).uncheck();
  await editDialog.getByTestId('edit-quantity').fill('30');
  await shot(page, '06b-edit', testInfo);
  await expectAccessible(page, 'trials: 06b-edit');
  await editDialog.getByTestId('edit-save').click();
  await expect(editDialog).toBeHidden();
  await expect(row).not.toContainText('Messaging');
  await expect(row).toContainText('0 of 30 licences assigned');

  // Cancel (TRI-14): the trash icon asks first and says what happens.
  await row.getByTestId('trial-cancel').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('This cannot be undone.');
  await shot(page, '06c-cancel', testInfo);
  await expectAccessible(page, 'trials: 06c-cancel');
  await confirm.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('past-trials')).toContainText('Cancelled');
});

test('existing customer by admin e-mail: consent with full administration, extend by 30 days, convert', async ({
  page,
  baseURL,
}, testInfo) => {
  // Partner Two does not sell to Customer One, so its trial waits for the customer's consent (TRI-5).
  await signIn(page, 'full@partner2.demo');
  await page.getByTestId('nav-trials').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trials' })).toBeVisible();
  await page.getByTestId('start-trial').click();
  const wizard = page.getByRole('dialog', { name: 'Start a trial' });
  await wizard.getByText('An existing customer').click();

  // An address nobody has: say so and offer the way back.
  await wizard.getByTestId('lookup-email').fill('nobody@nowhere.example');
  await wizard.getByTestId('lookup-submit').click();
  await expect(wizard.getByTestId('lookup-not-found')).toContainText('No organisation with this e-mail');
  await shot(page, '07-wizard-not-found', testInfo);
  await expectAccessible(page, 'trials: 07-wizard-not-found');
  await wizard.getByTestId('lookup-back').click();

  await wizard.getByTestId('lookup-email').fill('admin@customer1.demo');
  await wizard.getByTestId('lookup-submit').click();
  await expect(wizard.getByTestId('lookup-name')).toHaveText('Customer One');
  await wizard.getByTestId('lookup-confirm').click();
  await shot(page, '08-wizard-existing', testInfo);
  await expectAccessible(page, 'trials: 08-wizard-existing');
  await wizard.getByTestId('wizard-next').click();
  // Services the customer already has cannot be chosen (TRI-4: the look-up never says what it bought elsewhere).
  await expect(wizard.getByTestId('service-messaging')).toBeDisabled();
  await expect(wizard.getByTestId('service-messaging')).toContainText('Not available for this customer');
  await wizard.getByTestId('service-meetings-assistant').click();
  await wizard.getByTestId('wizard-quantity').fill('15');
  await shot(page, '09-wizard-existing-services', testInfo);
  await expectAccessible(page, 'trials: 09-wizard-existing-services');
  await wizard.getByTestId('wizard-next').click();
  await wizard.getByTestId('wizard-next').click();
  await expect(wizard.getByTestId('wizard-review')).toContainText('Customer One');
  await wizard.getByTestId('wizard-send').click();
  await expect(wizard.getByTestId('wizard-done')).toBeVisible();
  const trialNumber = (await wizard.getByTestId('wizard-done-body').textContent())?.match(/Trial (\S+)/)?.[1];
  expect(trialNumber).toBeTruthy();
  await wizard.getByTestId('wizard-close').click();
  await expect(wizard).toBeHidden();
  // Until the customer consents, Partner Two holds nothing of Customer One (ROL-3): the row opens no customer
  // page, and resending or cancelling the request is done from the row itself (TRI-6).
  const request = page.getByTestId('trial-row').filter({ hasText: trialNumber ?? '' });
  await expect(request).toContainText('The customer opens once it accepts.');
  await expect(request.getByRole('link', { name: 'Customer One' })).toHaveCount(0);
  await expect(request.getByTestId('trial-resend')).toBeVisible();
  await shot(page, '10-trials-area', testInfo);
  await expectAccessible(page, 'trials: 10-trials-area');

  // The customer's full administrator accepts, giving full administration (TRI-8, TRI-9). Customer One's
  // administrator works in Danish, so the screen is checked in Danish.
  await switchUser(page, 'admin@customer1.demo');
  await page.getByTestId('nav-trialRequests').click();
  const consent = page.getByTestId('consent-request').filter({ hasText: trialNumber ?? '' });
  await expect(consent).toContainText('Anmodning om prøveversion fra Partner Two');
  await expect(consent.getByTestId('consent-full-admin')).toBeChecked();
  await shot(page, '11-consent', testInfo);
  await expectAccessible(page, 'trials: 11-consent');
  await consent.getByTestId('consent-accept').click();
  await expect(page.getByText('Du har accepteret prøveversionen fra Partner Two.')).toBeVisible();
  await expect(consent).toHaveCount(0);
  await expect(page.getByTestId('running-trials')).toContainText('Partner Two');
  await shot(page, '12-consent-accepted', testInfo);
  await expectAccessible(page, 'trials: 12-consent-accepted');

  // Back as the partner: extend — the dialog shows the current end + 30 days before saving (TRI-12).
  await switchUser(page, 'full@partner2.demo');
  await page.getByTestId('nav-trials').click();
  await page
    .getByTestId('trial-row')
    .filter({ hasText: trialNumber ?? '' })
    .getByTestId('trial-row-customer')
    .click();
  const row = page.getByTestId('ongoing-trials').locator(`[data-trial-number="${trialNumber}"]`);
  await expect(row).toBeVisible();
  const { api, csrf } = await apiAs(baseURL ?? '', 'full@partner2.demo');
  const listed = (await (await api.get('/api/v1/trials', { params: { limit: 200 } })).json()) as {
    items: { id: string; number: string; endsAt: string | null }[];
  };
  const trial = listed.items.find((t) => t.number === trialNumber);
  expect(trial?.endsAt).toBeTruthy();
  const oldEnd = trial?.endsAt ?? '';
  const me = (await (await api.get('/api/v1/me')).json()) as { organisation: { timeZone: string } };
  const timeZone = me.organisation.timeZone;
  const expectedNewEnd = new Date(new Date(oldEnd).getTime() + 30 * 86_400_000).toISOString();
  await shot(page, '13-detail-trials', testInfo);
  await expectAccessible(page, 'trials: 13-detail-trials');

  // Someone else changes the trial while the edit dialog is open: saving says so (409) and the trial reloads.
  await row.getByTestId('trial-edit').click();
  const edit = page.getByRole('dialog');
  await edit.getByTestId('edit-quantity').fill('18');
  const before = (await (await api.get(`/api/v1/trials/${trial?.id}`)).json()) as { version: number };
  const meanwhile = await api.patch(`/api/v1/trials/${trial?.id}`, {
    data: { version: before.version, licenceQuantity: 16 },
    headers: { 'x-csrf-token': csrf },
  });
  expect(meanwhile.ok()).toBe(true);
  await edit.getByTestId('edit-save').click();
  await expect(edit.getByTestId('dialog-error')).toContainText('Someone else changed this trial a moment ago.');
  await shot(page, '13b-conflict', testInfo);
  await expectAccessible(page, 'trials: 13b-conflict');
  await edit.getByTestId('edit-save').click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('0 of 18 licences assigned');

  await row.getByTestId('trial-extend').click();
  const extend = page.getByRole('dialog');
  await expect(extend.getByTestId('extend-current-end')).toHaveText(dateText(oldEnd, timeZone));
  await expect(extend.getByTestId('extend-new-end')).toHaveText(dateText(expectedNewEnd, timeZone));
  await shot(page, '14-extend', testInfo);
  await expectAccessible(page, 'trials: 14-extend');
  await extend.getByTestId('extend-confirm').click();
  await expect(page.getByText(`Trial ${trialNumber} now ends on ${dateText(expectedNewEnd, timeZone)}.`)).toBeVisible();
  const after = (await (await api.get(`/api/v1/trials/${trial?.id}`)).json()) as { endsAt: string };
  expect(after.endsAt).toBe(expectedNewEnd);

  // Convert: a contact that is neither the customer's admin nor a partner admin is refused with the reason.
  await row.getByTestId('trial-convert').click();
  const convert = page.getByRole('dialog');
  await expect(convert.getByTestId('convert-email')).toHaveValue('admin@customer1.demo');
  await convert.getByTestId('convert-email').fill('someone@elsewhere.example');
  await convert.getByTestId('convert-confirm').click();
  await expect(convert.getByTestId('convert-email')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '15-convert-refused', testInfo);
  await expectAccessible(page, 'trials: 15-convert-refused');
  await convert.getByTestId('convert-email').fill('admin@customer1.demo');
  await convert.getByTestId('convert-confirm').click();
  await expect(page.getByText(new RegExp(`Trial ${trialNumber} was converted: order `))).toBeVisible();
  await expect(page.getByTestId('past-trials')).toContainText('Converted');
  await shot(page, '16-converted', testInfo);
  await expectAccessible(page, 'trials: 16-converted');
  await api.dispose();
});

test('a vendor operator approves a device-trial extension', async ({ page, baseURL }, testInfo) => {
  // A partner asks to extend one of its running device trials; every such extension waits for the vendor.
  const { api, csrf } = await apiAs(baseURL ?? '', 'full@partner1.demo');
  const running = (await (await api.get('/api/v1/trials', { params: { state: 'active', limit: 200 } })).json()) as {
    items: { id: string; number: string; services: { serviceId: string }[]; hasPendingExtension: boolean }[];
  };
  let number: string | undefined;
  for (const candidate of running.items.filter((t) => t.services.some((s) => s.serviceId === 'devices'))) {
    const detail = await (await api.get(`/api/v1/trials/${candidate.id}`)).json();
    if (candidate.hasPendingExtension) {
      number = candidate.number;
      break;
    }
    if (!detail.actions.extend) continue;
    const res = await api.post(`/api/v1/trials/${candidate.id}/extend`, {
      data: { version: detail.version },
      headers: { 'x-csrf-token': csrf },
    });
    if (res.ok()) {
      number = candidate.number;
      break;
    }
  }
  expect(number, 'a running device trial that can be extended').toBeTruthy();
  await api.dispose();

  await signIn(page, 'operator@vendor.demo');
  await page.getByTestId('nav-approvals').click();
  const row = page.locator(`[data-testid="approval-row"][data-trial-number="${number}"]`);
  await expect(row).toBeVisible();
  await shot(page, '17-approvals', testInfo);
  await expectAccessible(page, 'trials: 17-approvals');
  await row.getByTestId('approval-approve').click();
  await expect(page.getByText(`The extension of trial ${number} was approved.`)).toBeVisible();
  await expect(row).toHaveCount(0);

  // Device returns (TRI-16): overdue shipments stand out; a return is recorded by serial number and RMA.
  await page.getByTestId('nav-deviceReturns').click();
  await expect(page.getByTestId('shipments-table')).toBeVisible();
  await shot(page, '18-device-returns', testInfo);
  await expectAccessible(page, 'trials: 18-device-returns');
  await page.getByTestId('overdue-only').click();
  await expect(page).toHaveURL(/overdue=true/);
  const overdue = page.getByTestId('shipment-row');
  await expect(overdue.first().getByTestId('shipment-status')).toHaveText('Overdue');
  await overdue.first().getByTestId('record-return').click();
  const record = page.getByRole('dialog');
  await record.getByTestId('return-rma').fill(`RMA-${Date.now().toString(36)}`);
  await shot(page, '19-record-return', testInfo);
  await expectAccessible(page, 'trials: 19-record-return');
  await record.getByTestId('return-save').click();
  await expect(page.getByText(/recorded as returned\./)).toBeVisible();
});
