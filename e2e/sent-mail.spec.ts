import { expect, request, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn } from './support/demo.ts';

/**
 * NOT-1: a partner invites administrators (each invitation queues an e-mail); the vendor operator finds the
 * messages on the Sent mail page — stored, "not sent" because this server has no SMTP_URL — searches them and
 * reads one. A partner administrator has no Sent mail page.
 */

async function inviteAdministrators(baseURL: string, invitees: { email: string; name: string }[]) {
  const api = await request.newContext({ baseURL });
  const signIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'full@partner1.demo', password: DEMO_PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const csrfToken = (await signIn.json()).csrfToken as string;
  for (const invitee of invitees) {
    const response = await api.post('/api/v1/administrators', {
      data: { ...invitee, roles: ['partner_admin'] },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(response.status()).toBe(201);
  }
  await api.dispose();
}

test('operators read the invitation e-mails on the Sent mail page', async ({ page, baseURL }) => {
  const suffix = Date.now().toString(36);
  await inviteAdministrators(baseURL ?? '', [
    { email: `mia.${suffix}@partner1.demo`, name: 'Mia Sørensen' },
    { email: `jonas.${suffix}@partner1.demo`, name: 'Jonas Berg' },
  ]);

  await signIn(page, 'operator@vendor.demo');
  await page.getByRole('link', { name: 'Sent mail' }).click();
  await expect(page).toHaveURL(/\/sent-mail$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sent mail' })).toBeVisible();
  await expect(page.getByTestId('no-smtp')).toContainText('Not sent: no SMTP server configured');
  const rows = page.getByTestId('sent-mail-row');
  await expect(rows.first()).toContainText(`jonas.${suffix}@partner1.demo`);
  await expect(rows.first()).toContainText('administrator.invitation');
  await expect(rows.first()).toContainText('Not sent');
  await expectAccessible(page, 'sent mail');
  await page.screenshot({ path: '/tmp/shots-mail/sent-mail-list.png' });

  await page.getByTestId('sent-mail-search').fill(`mia.${suffix}`);
  await expect(page).toHaveURL(new RegExp(`q=mia.${suffix}`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('result-count')).toHaveText('1 message');

  await rows.first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('You are invited to administer Partner One in Channel Hub');
  await expect(page.getByTestId('message-body')).toContainText('Hello Mia Sørensen,');
  await expect(drawer).toContainText('Channel Hub <no-reply@channel-hub.local>');
  await expect(page).toHaveURL(/message=\d+/);
  // Let the drawer finish sliding in before the picture.
  await drawer.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await page.screenshot({ path: '/tmp/shots-mail/sent-mail-message.png' });
  await expectAccessible(page, 'sent mail message drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByTestId('sent-mail-search').fill('no-such-recipient');
  await expect(page.getByTestId('empty-state')).toContainText('No message matches');
  await expectAccessible(page, 'sent mail, nothing found');
});

test('a partner administrator has no Sent mail page', async ({ page }) => {
  await signIn(page, 'full@partner1.demo');
  await expect(page.getByRole('link', { name: 'Sent mail' })).toHaveCount(0);
  await page.goto('/sent-mail');
  await expect(page).not.toHaveURL(/sent-mail/);
});
