import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * NOT-2, BEY-9: a partner full administrator adds a webhook endpoint pointing at a receiver on loopback (a vendor
 * operator allows private addresses for it, as the server tests do), copies the secret shown once, sends a test
 * event, reads the attempt in the delivery log, sends it again, changes the endpoint (disables it and enables it
 * again) and deletes it.
 */

const shots = process.env.E2E_SHOTS_DIR;

interface Received {
  headers: Record<string, string>;
  body: string;
}

let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];

async function asOperator(baseURL: string, allowPrivateAddresses: boolean) {
  const api: APIRequestContext = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'operator@vendor.demo', password: DEMO_PASSWORD },
  });
  expect(signedIn.ok()).toBe(true);
  const { csrfToken } = await signedIn.json();
  const changed = await api.put('/api/v1/webhooks/settings', {
    headers: { 'x-csrf-token': csrfToken },
    data: { allowPrivateAddresses },
  });
  expect(changed.ok(), await changed.text()).toBe(true);
  await api.dispose();
}

test.beforeAll(async ({ baseURL }) => {
  receiver = http.createServer((incoming, response) => {
    let body = '';
    incoming.on('data', (chunk) => {
      body += chunk;
    });
    incoming.on('end', () => {
      received.push({ headers: incoming.headers as Record<string, string>, body });
      response.statusCode = 200;
      response.end('received');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/channel-hub`;
  await asOperator(baseURL ?? '', true);
});
test.afterAll(async ({ baseURL }) => {
  await asOperator(baseURL ?? '', false);
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

test('add a webhook endpoint, test it, replay the delivery, change it, delete it', async ({ page }, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: shots ? `${shots}/${name}.png` : testInfo.outputPath(`${name}.png`) });
  await signIn(page, 'full@partner1.demo');
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Webhooks' });
  await expect(section.getByTestId('webhooks-empty')).toBeVisible();

  await page.getByTestId('create-webhook').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('webhook-url').fill(receiverUrl);
  await dialog.getByTestId('webhook-save').click();
  await expect(dialog.getByText('Choose at least one event type.')).toBeVisible();
  await expectAccessible(page, 'add webhook endpoint dialog, no event type');
  await dialog.getByTestId('webhook-description').fill('Our PSA');
  await dialog.getByTestId('event-customer.created').check();
  await dialog.getByTestId('webhook-save').click();
  const secret = (await dialog.getByTestId('webhook-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^whsec_/);
  await expectAccessible(page, 'webhook secret dialog');
  await shot('webhook-secret');
  await dialog.getByTestId('webhook-secret-done').click();
  await expect(dialog).toBeHidden();
  const table = section.getByTestId('webhook-endpoints');
  await expect(table).toContainText(receiverUrl);
  await expect(table).toContainText('Our PSA');
  await expect(table).not.toContainText(secret);
  await expectAccessible(page, 'settings with a webhook endpoint');

  // The delivery log: a test event, signed with the secret shown once, then sent again under the same webhook-id.
  await table.getByRole('link', { name: receiverUrl }).click();
  await expect(page.getByRole('heading', { name: 'Webhook deliveries' })).toBeVisible();
  await page.getByTestId('send-test-event').click();
  await expect.poll(() => received.length).toBe(1);
  const first = received[0] as Received;
  const event = new Webhook(secret).verify(first.body, first.headers) as { type: string };
  expect(event.type).toBe('webhook.test');
  const log = page.getByTestId('webhook-deliveries');
  await expect(async () => {
    await page.reload();
    await expect(log).toContainText('Delivered', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expectAccessible(page, 'webhook delivery log');
  await shot('webhook-deliveries');
  await log.getByTestId('delivery-details').click();
  const drawer = page.getByRole('dialog', { name: 'Attempts' });
  await expect(drawer).toContainText(first.headers['webhook-id'] ?? 'missing');
  await expect(drawer.getByRole('table', { name: 'Attempts' })).toContainText('200');
  await expectAccessible(page, 'webhook delivery attempts');
  await shot('webhook-attempts');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await log.getByTestId('delivery-replay').click();
  await expect.poll(() => received.length).toBe(2);
  expect(received[1]?.headers['webhook-id']).toBe(first.headers['webhook-id']);

  // Changed with the form it was added with: another event type, disabled, then enabled again.
  await page.goto('/settings');
  const edit = table.getByTestId('webhook-edit');
  await edit.click();
  await expect(dialog.getByTestId('webhook-url')).toHaveValue(receiverUrl);
  await expect(dialog.getByTestId('event-customer.created')).toBeChecked();
  await expectAccessible(page, 'change webhook endpoint dialog');
  await shot('webhook-edit');
  await dialog.getByTestId('webhook-description').fill('Our PSA, production');
  await dialog.getByTestId('event-trial.state_changed').check();
  await dialog.getByTestId('webhook-form-enabled').uncheck();
  await dialog.getByTestId('webhook-save').click();
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(table).toContainText('Our PSA, production');
  await expect(table).toContainText('2 event types');
  await expect(table).toContainText('Disabled');
  await edit.click();
  await dialog.getByTestId('webhook-form-enabled').check();
  await dialog.getByTestId('webhook-save').click();
  await expect(dialog).toBeHidden();
  await expect(table).toContainText('Active');

  const remove = table.getByTestId('webhook-delete');
  await remove.click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('delivery log is deleted');
  await expectAccessible(page, 'delete webhook endpoint confirmation');
  await shot('webhook-delete');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.press('Enter');
  await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByTestId('webhooks-empty')).toBeVisible();
  // The delete button went with the endpoint: the focus is on the add button, not lost to the page.
  await expect(page.getByTestId('create-webhook')).toBeFocused();
  await expectAccessible(page, 'settings, webhook endpoint deleted');
});
