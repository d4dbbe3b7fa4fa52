import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * CUS-2's thresholds are settings: a full administrator changes them and the Customers page follows. The
 * checks do not depend on the language (another journey switches this user's language).
 */

const expiringSoon = async (page: Page) => {
  const response = await page.request.get('/api/v1/customers?status=expiring_soon&limit=1');
  return ((await response.json()) as { total: number }).total;
};

test('a full administrator widens "Expiring soon" and the customer list follows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'full@partner1.demo');
  const before = await expiringSoon(page);
  await page.getByTestId('nav-settings').click();
  const days = page.getByTestId('setting-expiringSoonDays');
  await expect(days).toHaveValue(/^30\b/);
  await expectAccessible(page, 'settings, status thresholds');
  await days.fill('120');
  const save = page.getByTestId('save-status-settings');
  const saved = () =>
    page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith('/settings') && r.ok());
  let answered = saved();
  await save.click();
  await answered;
  // Saved: nothing left to save.
  await expect(save).toBeDisabled();
  await page.screenshot({ path: 'test-results/settings-status-thresholds.png' });
  expect(await expiringSoon(page)).toBeGreaterThan(before);

  await days.fill('30');
  answered = saved();
  await save.click();
  await answered;
  await expect(save).toBeDisabled();
  expect(await expiringSoon(page)).toBe(before);
});

test('a read-only administrator sees the thresholds but cannot change them', async ({ page }) => {
  await signIn(page, 'readonly@partner1.demo');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('setting-noRecentActivityDays')).toHaveValue(/^30\b/);
  await expect(page.getByTestId('status-settings-read-only')).toBeVisible();
  await expectAccessible(page, 'settings, status thresholds read-only');
  await expect(page.getByTestId('save-status-settings')).toHaveCount(0);
});
