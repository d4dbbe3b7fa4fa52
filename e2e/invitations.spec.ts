import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD } from './support/demo.ts';
import { type OwnHub, startOwnHub } from './support/own-server.ts';

/**
 * Issue #10 in demo mode: a partner's full administrator invites an administrator; the invitation is read from
 * the e-mail the hub delivered to a real SMTP peer (the Sent mail page hides one-time tokens); the invitee
 * chooses a password — first one the rules refuse — and is signed in. A link replaced by "Resend invitation"
 * says so and asks for a new one; /setup explains how to get a link and refuses on a set-up installation. axe
 * checks every screen.
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const SHOTS = process.env.INVITES_SHOTS_DIR ?? '/tmp/invites-shots';
let hub: OwnHub;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  hub = await startOwnHub({ env: { CHANNEL_HUB_DEMO: '1' } });
});
test.afterAll(async () => {
  await hub?.stop();
});

async function signInAt(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${hub.url}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

const invitee = { email: `noor.${Date.now().toString(36)}@partner1.demo`, name: 'Noor Haddad' };
let firstLink = '';

test('a full administrator invites an administrator and can resend the invitation', async ({ page }) => {
  await signInAt(page, 'full@partner1.demo');
  await page.goto(`${hub.url}/administrators`);
  await page.getByTestId('invite-administrator').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('invite-email').fill(invitee.email);
  await dialog.getByTestId('invite-name').fill(invitee.name);
  await dialog.getByTestId('role-partner_admin').check();
  await dialog.getByTestId('invite-submit').click();
  await expect(dialog).toBeHidden();
  firstLink = await hub.linkSentTo(invitee.email, 'invitations');

  const row = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(row).toContainText('Invited');
  const resend = row.getByRole('button', { name: `Send ${invitee.name} a new invitation` });
  await resend.click();
  await expect(page.getByText(`A new invitation was sent to ${invitee.email}`)).toBeVisible();
  await expectAccessible(page, 'administrators with an invited administrator');
  await page.screenshot({ path: `${SHOTS}/administrators-resend.png` });
  await expect.poll(async () => (await hub.linkSentTo(invitee.email, 'invitations')) !== firstLink).toBe(true);
});

test('a replaced link says so and asks for a new invitation once', async ({ page }) => {
  await page.goto(firstLink);
  await expect(page.getByTestId('invitation-revoked')).toContainText('This invitation has been replaced');
  await expectAccessible(page, 'invitation page, replaced link');
  await page.getByTestId('ask-new-invitation').click();
  await expect(page.getByTestId('renewal-requested')).toContainText('Your request has been sent');
  await page.screenshot({ path: `${SHOTS}/invitation-replaced.png` });
  await page.reload();
  await expect(page.getByTestId('renewal-requested')).toContainText('asked for already');
  await expect(page.getByTestId('ask-new-invitation')).toHaveCount(0);
});

test('the invitee chooses a password on the invitation page and is signed in', async ({ page }) => {
  const link = await hub.linkSentTo(invitee.email, 'invitations');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Join Partner One' })).toBeVisible();
  await expect(page.getByTestId('invitation-summary')).toContainText(`${invitee.name} (${invitee.email})`);
  await expectAccessible(page, 'invitation page');
  await page.screenshot({ path: `${SHOTS}/invitation.png` });

  const password = page.getByLabel('New password');
  await password.fill('short');
  await page.getByTestId('invitation-submit').click();
  await expect(page.getByText('Choose a password of at least 12 characters.')).toBeVisible();
  await expect(password).toBeFocused();
  await password.fill('passwordpassword');
  await page.getByTestId('invitation-submit').click();
  await expect(page.getByText('This password is too common or too easy to guess.')).toBeVisible();
  await expectAccessible(page, 'invitation page, refused password');

  await password.fill('fjord lighthouse saffron 42');
  await page.getByTestId('invitation-submit').click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByText(`Welcome to Partner One, ${invitee.name}!`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/invitation-signed-in.png` });

  await page.goto(link);
  await expect(page.getByTestId('invitation-accepted')).toBeVisible();
  await expectAccessible(page, 'invitation page, accepted already');
});

test('an unknown invitation, and /setup on an installation that is set up', async ({ page }) => {
  await page.goto(`${hub.url}/invitations/not-a-real-token`);
  await expect(page.getByTestId('invitation-not-found')).toBeVisible();
  await expectAccessible(page, 'invitation page, unknown link');
  await page.goto(`${hub.url}/setup`);
  await expect(page.getByTestId('setup-how-to')).toContainText('npx channel-hub setup');
  await expectAccessible(page, 'setup without a link');
  await page.screenshot({ path: `${SHOTS}/setup-how-to.png` });
  await page.goto(`${hub.url}/setup/some-old-link`);
  await expect(page.getByTestId('setup-refused')).toContainText('Channel Hub is set up already');
  await expectAccessible(page, 'setup, already set up');
});
