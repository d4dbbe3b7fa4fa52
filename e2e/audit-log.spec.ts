import { expect, request, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * NOT-4: a partner's change shows in its audit log with its values; the filters narrow the log, the drawer shows
 * before and after, and a customer's administrator sees only its own organisation's entries. The change is made
 * twice with one Idempotency-Key, and the log holds it once.
 */

async function createTagTwice(baseURL: string, name: string) {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'full@partner1.demo', password: DEMO_PASSWORD },
  });
  expect(signedIn.ok()).toBe(true);
  const headers = {
    'x-csrf-token': (await signedIn.json()).csrfToken as string,
    'idempotency-key': `e2e-${name.replaceAll(' ', '-')}`,
  };
  const first = await api.post('/api/v1/tags', { data: { name, colour: 'green' }, headers });
  const repeat = await api.post('/api/v1/tags', { data: { name, colour: 'green' }, headers });
  expect(first.status()).toBe(201);
  expect(repeat.headers()['idempotent-replayed']).toBe('true');
  await api.dispose();
}

test('a partner reads its change in the audit log, filters it and opens it', async ({ page, baseURL }) => {
  const name = `Audit ${Date.now().toString(36)}`;
  await createTagTwice(baseURL ?? '', name);

  await signIn(page, 'full@partner1.demo');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit-log$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Action' }).fill('tag.created');
  await expect(page).toHaveURL(/action=tag\.created/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toContainText('tag.created');
  await expect(rows.first()).toContainText('Partner One');
  await expectAccessible(page, 'audit log');
  await page.screenshot({ path: '/tmp/shots-audit/audit-log.png' });

  const open = rows.first().getByRole('button', { name: /Open the entry tag\.created/ });
  await open.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('tag.created');
  await expect(page.getByTestId('audit-changes')).toContainText(name);
  await drawer.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await expectAccessible(page, 'audit entry drawer');
  await page.screenshot({ path: '/tmp/shots-audit/audit-entry.png' });
  await page.getByRole('button', { name: 'Close the entry' }).click();
  await expect(drawer).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await page.getByRole('button', { name: 'Only entries about this' }).click();
  await expect(page.getByTestId('audit-filter-chip')).toContainText('About tag');
  // The tag was created once, whatever the repeat with its key.
  await expect(rows).toHaveCount(1);
});

test('a customer’s administrator sees only its own organisation’s entries', async ({ page }) => {
  // Customer One's administrator reads Danish.
  await signIn(page, 'admin@customer1.demo');
  await page.getByRole('link', { name: 'Revisionslog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisionslog' })).toBeVisible();
  await expect(page.getByTestId('audit-table').or(page.getByTestId('empty-state')).first()).toBeVisible();
  for (const text of await page.getByTestId('audit-row').allTextContents()) expect(text).toContain('Customer One');
  await expectAccessible(page, 'audit log (customer)');
});
