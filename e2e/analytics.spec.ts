import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * Analytics (ANA, CAL): open the area, switch Meetings / Calling (every widget reloads for the product), open a
 * section's table, sort it and export it as CSV; then the Calling tab's charts and a calling table's export.
 * With SHOTS_DIR set, each screen is also saved as a screenshot (light, and dark for the Calling tab).
 */

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (!shotsDir) return;
  await page.waitForTimeout(400); // charts animate in
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: false });
}

const answered = (page: Page, path: string, check: (q: URLSearchParams) => boolean = () => true) =>
  page.waitForResponse((res) => {
    const url = new URL(res.url());
    return url.pathname === path && res.ok() && check(url.searchParams);
  });

test('switch products, open a section table, sort and export it; calling charts and export', async ({ page }) => {
  await signIn(page, 'full@partner1.demo');
  const meetings = answered(page, '/api/v1/analytics/subscriptions', (q) => q.get('product') === 'meetings');
  await page.getByTestId('nav-analytics').click();
  await expect(page).toHaveURL(/\/analytics/);
  await meetings;
  await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
  await expect(page.getByTestId('kpi-totalCustomers-value')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('data-as-of').first()).toContainText(/Data as of|No usage/);
  await expect(page.getByTestId('licence-trend').locator('.recharts-surface').first()).toBeVisible();
  await shot(page, '01-subscriptions-meetings');
  await expectAccessible(page, 'analytics, subscriptions');

  // Meetings → Calling: the KPIs and the open section reload for Calling, and the URL says so.
  const calling = answered(page, '/api/v1/analytics/subscriptions', (q) => q.get('product') === 'calling');
  const callingSection = answered(
    page,
    '/api/v1/analytics/subscriptions/recently-added',
    (q) => q.get('product') === 'calling',
  );
  await page.getByTestId('product-toggle').getByText('Calling').click();
  await calling;
  await callingSection;
  await expect(page).toHaveURL(/product=calling/);

  // The "Over licence limit" section: its KPIs and table.
  const over = answered(page, '/api/v1/analytics/subscriptions/over-limit', (q) => q.get('product') === 'calling');
  await page.getByTestId('section-over-limit').click();
  const overBody = (await (await over).json()) as { total: number; items: { customerName: string }[] };
  const panel = page.getByTestId('section-panel-over-limit');
  await expect(panel.getByTestId('section-kpi-overageLicences')).toBeVisible();
  const table = panel.getByTestId('analytics-table');
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const rows = table.locator('tbody tr');
  if (overBody.total > 0) await expect(rows.first()).toContainText(overBody.items[0]?.customerName ?? '');
  await panel.scrollIntoViewIfNeeded();
  await shot(page, '02-over-limit-calling');
  await expectAccessible(page, 'analytics, over licence limit');

  // Sort by total, descending on the second click.
  let sorted = answered(page, '/api/v1/analytics/subscriptions/over-limit', (q) => q.get('sort') === 'total');
  await panel.getByTestId('sort-total').click();
  await sorted;
  sorted = answered(page, '/api/v1/analytics/subscriptions/over-limit', (q) => q.get('sort') === '-total');
  await panel.getByTestId('sort-total').click();
  await sorted;
  await expect(panel.getByRole('columnheader', { name: /Total/ })).toHaveAttribute('aria-sort', 'descending');

  // Export: a download whose first line is the section's header row.
  await panel.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('over-limit-calling.csv');
  const csv = readFileSync((await file.path()) as string, 'utf8');
  expect(csv.split('\n')[0]).toBe(
    'Customer,Subscription,Months left,Auto-renew,Total licences,Assigned,Assigned %,Used,Used %',
  );
  expect(csv.trim().split('\n')).toHaveLength(overBody.total + 1);

  // The licence bar tells the exact numbers on hover, in another section.
  await page.getByTestId('section-recently-added').click();
  const bar = page.getByTestId('section-panel-recently-added').getByTestId('licence-bar').first();
  if (await bar.count()) {
    await bar.hover();
    await expect(page.getByRole('tooltip')).toContainText(/Used .* assigned .* available .* total/);
    await shot(page, '03-recently-added-tooltip');
    await expectAccessible(page, 'analytics, licence bar tooltip');
  }

  // Calling tab: the four charts and a table with its export.
  const overview = answered(page, '/api/v1/analytics/calling');
  await page.getByTestId('tab-calling').click();
  await overview;
  for (const chart of ['chart-volume', 'chart-quality', 'chart-endpoints']) {
    await expect(page.getByTestId(chart).locator('.recharts-surface').first()).toBeVisible();
  }
  await shot(page, '04-calling');
  await expectAccessible(page, 'analytics, calling');
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/04b-calling-full.png`, fullPage: true });
  const queues = answered(page, '/api/v1/analytics/calling/queues');
  await page.getByTestId('calling-table-queues').click();
  await queues;
  const queuePanel = page.getByTestId('calling-panel-queues');
  await expect(queuePanel.getByTestId('queue-kpi-avgAnswerSeconds')).toBeVisible();
  await queuePanel.scrollIntoViewIfNeeded();
  await shot(page, '05-calling-queues');
  await expectAccessible(page, 'analytics, calling queues');
  await queuePanel.getByTestId('export-menu').click();
  const queueDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const queueCsv = readFileSync((await (await queueDownload).path()) as string, 'utf8');
  expect(queueCsv.split('\n')[0]).toBe(
    'Customer,Calls,Average time to answer (s),Average wait before abandon (s),Abandoned %',
  );

  if (shotsDir) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'dark'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '06-calling-dark');
  }
});

test('a vendor operator filters analytics by partner', async ({ page }) => {
  await signIn(page, 'operator@vendor.demo');
  await page.goto('/analytics');
  await expect(page.getByTestId('kpi-totalCustomers-value')).toHaveText(/^\d+$/);
  const all = Number(await page.getByTestId('kpi-totalCustomers-value').textContent());
  const filtered = answered(page, '/api/v1/analytics/subscriptions', (q) => q.has('partnerId'));
  await page.getByTestId('partner-filter').click();
  const searched = page.waitForResponse(
    (r) => r.url().includes('/api/v1/partners?') && new URL(r.url()).searchParams.get('q') === 'Two',
  );
  await page.getByTestId('partner-filter').fill('Two');
  await searched;
  await expect(page.getByRole('option', { name: 'Partner Two' })).toBeVisible();
  await expectAccessible(page, 'analytics, partner filter open');
  await page.getByRole('option', { name: 'Partner Two' }).click();
  await filtered;
  await expect(page).toHaveURL(/partner=/);
  // Opened from its address, the chosen partner is shown by name.
  await page.reload();
  await expect(page.getByTestId('partner-filter')).toHaveValue('Partner Two');
  await expect
    .poll(async () => Number(await page.getByTestId('kpi-totalCustomers-value').textContent()))
    .toBeLessThanOrEqual(all);
  await shot(page, '07-vendor-partner-filter');
});
