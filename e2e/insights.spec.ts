import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * Insights (INS-1…INS-5): open the area, see a customer whose usage is above 100 % and why, export the portfolio
 * as XLSX (opened back with a real reader), open the customer's drill-down and one next step's resource.
 * With SHOTS_DIR set, the screens are saved as screenshots.
 */

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (!shotsDir) return;
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
}

test('insights: a usage above 100 % explained, the XLSX export, a next step’s resource', async ({ page }) => {
  await signIn(page, 'full@partner1.demo');
  await page.getByTestId('nav-insights').click();
  await expect(page).toHaveURL(/\/insights/);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByTestId('kpi-customers-value')).toHaveText(/^[\d,]+$/);
  await expect(page.getByTestId('role-aliases')).toContainText('Global admin');
  await expectAccessible(page, 'insights');
  await shot(page, 'insights-01');

  // Sorted by usage, highest first: the first row is above 100 %, and its drill-down says why.
  const above = page.getByTestId('above-100').first();
  await expect(above).toBeVisible();
  await above.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('usage-causes').first()).toBeVisible();
  await expect(drawer.getByTestId('usage-causes').first().getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'insights, customer drill-down');
  await shot(page, 'insights-02-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The portfolio as XLSX: a real workbook whose header row is frozen.
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('insights.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await file.path()) as string) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet?.getRow(1).getCell(1).value).toBe('Customer');
  expect(sheet?.rowCount).toBeGreaterThan(1);

  // A customer with a next step: open one of its resources.
  await page.getByRole('columnheader', { name: 'Usage' }).getByRole('button').click();
  await page.getByTestId('insights-row').first().click();
  const step = page.getByRole('dialog').getByTestId('next-step-resource').first();
  await expect(step).toBeVisible();
  const href = await step.getAttribute('href');
  expect(href).toMatch(/^\/resources\/[0-9a-f-]{36}$/);
  await step.click();
  await expect(page).toHaveURL(/\/resources\//);
});
