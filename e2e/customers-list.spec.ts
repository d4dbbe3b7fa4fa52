import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * The Customers page (CUS-1…CUS-6, TAG-1): filter by a status and a tag, save the view, open it again from the
 * URL and from the saved views menu and see the same rows, then open a customer.
 */

const rowNames = (page: Page) => page.getByTestId('customer-row').getByTestId('customer-row-name').allTextContents();

/** The list request whose query passes `check`, answered. */
const listAnswered = (page: Page, check: (query: URLSearchParams) => boolean) =>
  page.waitForResponse((res) => {
    const url = new URL(res.url());
    return url.pathname === '/api/v1/customers' && res.ok() && check(url.searchParams);
  });

/** The rows once the table shows the answer (not skeletons, not the previous filter's rows kept while loading). */
async function settledRows(page: Page): Promise<string[]> {
  await expect(page.getByTestId('skeleton-row')).toHaveCount(0);
  await expect(page.getByTestId('customer-table')).toHaveAttribute('aria-busy', 'false');
  return rowNames(page);
}

test('filter by status and tag, save the view, reopen it and open a customer', async ({ page }) => {
  // Three axe scans of a 50-row list besides the journey itself.
  test.slow();
  await signIn(page, 'full@partner1.demo');
  const first = listAnswered(page, (q) => !q.has('status'));
  await page.getByTestId('nav-customers').click();
  await expect(page).toHaveURL(/\/customers$/);
  await first;
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  const all = await settledRows(page);
  expect(all.length).toBeGreaterThan(0);
  await expectAccessible(page, 'customers list');

  // Status filter: customer status "Trial".
  await page.getByTestId('filter-status').click();
  let answered = listAnswered(page, (q) => q.get('status') === 'trial');
  await page.getByRole('checkbox', { name: 'Trial', exact: true }).click();
  await answered;
  await expectAccessible(page, 'customers list, status filter open');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]status=trial(&|$)/);
  const trials = await settledRows(page);
  expect(trials.length).toBeGreaterThan(0);

  // Tag filter: a tag that some trial customers have (asked of the API, so the journey does not depend on the
  // demo data's exact tags).
  const { items: tags } = (await (await page.request.get('/api/v1/tags')).json()) as {
    items: { id: string; name: string }[];
  };
  let tag: { id: string; name: string } | undefined;
  for (const candidate of tags) {
    const res = await page.request.get(`/api/v1/customers?status=trial&tag=${candidate.id}`);
    if (((await res.json()) as { total: number }).total > 0) {
      tag = candidate;
      break;
    }
  }
  if (!tag) throw new Error('No tag is on a trial customer in the demo data');
  await page.getByTestId('filter-tag').click();
  answered = listAnswered(page, (q) => q.get('status') === 'trial' && q.get('tag') === tag.id);
  await page.getByRole('checkbox', { name: tag.name, exact: true }).click();
  await answered;
  await page.keyboard.press('Escape');
  const tagged = await settledRows(page);
  expect(tagged.length).toBeGreaterThan(0);
  expect(tagged.every((name) => trials.includes(name))).toBe(true);
  await expect(page.getByTestId('customer-count')).toHaveText(new RegExp(`^${tagged.length} customers?$`));
  const filteredUrl = page.url();

  // Save the view.
  const viewName = `Tagged trials ${Date.now()}`;
  await page.getByTestId('saved-views-menu').click();
  await page.getByTestId('save-view').click();
  await page.getByTestId('view-name').fill(viewName);
  await expectAccessible(page, 'save view dialog');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`View “${viewName}” saved.`)).toBeVisible();
  await expect(page.getByTestId('saved-views-menu')).toContainText(viewName);

  // Managing the views and the tags: each row's actions are icon buttons named after their record (RowAction).
  await page.getByTestId('saved-views-menu').click();
  await page.getByTestId('manage-views').click();
  const manageViews = page.getByRole('dialog');
  await expect(manageViews.getByRole('button', { name: `Rename ${viewName}` })).toBeVisible();
  await expectAccessible(page, 'manage saved views dialog');
  await page.keyboard.press('Escape');
  await expect(manageViews).toBeHidden();
  await page.getByTestId('manage-tags').click();
  const tagManager = page.getByRole('dialog');
  await expect(tagManager.getByRole('button', { name: `Rename ${tag.name}` })).toBeVisible();
  await expectAccessible(page, 'tag manager');
  await page.keyboard.press('Escape');
  await expect(tagManager).toBeHidden();
  await expect(page.getByTestId('manage-tags')).toBeFocused();

  // The URL alone reproduces the view after a reload.
  answered = listAnswered(page, (q) => q.get('status') === 'trial' && q.get('tag') === tag.id);
  await page.reload();
  await answered;
  expect(await settledRows(page)).toEqual(tagged);

  // From an unfiltered list, the saved views menu puts the view back.
  answered = listAnswered(page, (q) => !q.has('status'));
  await page.goto('/customers');
  await answered;
  expect(await settledRows(page)).toEqual(all);
  await page.getByTestId('saved-views-menu').click();
  answered = listAnswered(page, (q) => q.get('status') === 'trial' && q.get('tag') === tag.id);
  await page.getByRole('menuitem', { name: viewName }).click();
  await answered;
  await expect(page).toHaveURL(filteredUrl);
  expect(await settledRows(page)).toEqual(tagged);

  // Opening a customer (row click) shows its detail page.
  const customer = tagged[0] as string;
  await page.getByTestId('customer-row').filter({ hasText: customer }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(customer);
});

test('the Needs attention KPI lists exactly the customers it counts', async ({ page }) => {
  await signIn(page, 'full@partner1.demo');
  await page.getByTestId('nav-customers').click();
  const kpi = page.getByTestId('kpi-needsAttention');
  // The KPI's name is its visible words: the label and the count.
  await expect(kpi).toHaveAccessibleName(/\D \d/);
  const counted = Number((await kpi.textContent())?.replace(/\D/g, ''));
  expect(counted).toBeGreaterThan(0);
  const answered = listAnswered(page, (q) => q.get('needsAttention') === 'true');
  await kpi.click();
  await answered;
  await expect(page).toHaveURL(/[?&]needsAttention=true(&|$)/);
  await expect(kpi).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'customers list, needs attention');
  await expect(page.getByTestId('customer-count')).toContainText(String(counted));

  // Sorted by the server: the header says so. A hidden column leaves the table; the export is the server's CSV.
  const sorted = listAnswered(page, (q) => q.get('sort') === '-name');
  await page.getByTestId('sort-name').click();
  await sorted;
  await expect(page.getByRole('columnheader', { name: 'Customer' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByTestId('column-menu').click();
  await page.getByTestId('column-toggle-tags').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-table').getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
  await page.getByTestId('column-menu').click();
  await page.getByRole('button', { name: 'Show all columns' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csv = readFileSync((await (await download).path()) as string, 'utf8');
  expect(csv.split('\n')[0]?.startsWith('Name,Admin e-mail,Statuses')).toBe(true);
});

test("a vendor operator narrows the list to one partner's customers", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'operator@vendor.demo');
  await page.getByTestId('nav-customers').click();
  const everyone = await settledRows(page);
  expect(everyone.length).toBeGreaterThan(0);
  const { items: partners } = (await (await page.request.get('/api/v1/partners')).json()) as {
    items: { id: string; name: string; customers: number }[];
  };
  const partnerTwo = partners.find((p) => p.name === 'Partner Two');
  if (!partnerTwo) throw new Error('Partner Two is missing from the demo data');

  await page.getByTestId('filter-partner').click();
  // The picker asks the server as one types (an installation may have more partners than one page holds).
  const searched = page.waitForResponse(
    (r) => r.url().includes('/api/v1/partners?') && new URL(r.url()).searchParams.get('q') === 'Two',
  );
  await page.getByRole('textbox', { name: /^Find a .* option$/ }).fill('Two');
  await searched;
  const answered = listAnswered(page, (q) => q.get('partner') === partnerTwo.id);
  await page.getByRole('checkbox', { name: 'Partner Two', exact: true }).click();
  await answered;
  // Chosen, it keeps its name while the matches are of another search.
  await page.getByRole('textbox', { name: /^Find a .* option$/ }).fill('Partner One');
  await expect(page.getByRole('checkbox', { name: 'Partner One', exact: true })).toBeVisible();
  await expect(page.getByTestId('filter-partner')).toContainText('Partner Two');
  await expect(page.getByRole('checkbox', { name: 'Partner Two', exact: true })).toBeChecked();
  await expectAccessible(page, 'customers list, partner filter open');
  await page.screenshot({ path: 'test-results/customers-vendor-partner-filter.png' });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`[?&]partner=${partnerTwo.id}(&|$)`));
  const rows = await settledRows(page);
  const { total } = (await (await page.request.get(`/api/v1/customers?partner=${partnerTwo.id}`)).json()) as {
    total: number;
  };
  expect(total).toBeGreaterThan(0);
  expect(rows.length).toBe(Math.min(total, 50));
  await expect(page.getByTestId('customer-count')).toContainText(String(total));
});
