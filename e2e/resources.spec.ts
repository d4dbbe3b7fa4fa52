import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * Resources & help (RES-1, RES-2): a vendor operator adds a Danish resource with a Markdown body, a partner finds
 * it by a word of its body and reads it safely rendered; the partner asks the helpdesk about Calling, the operator
 * answers the case from the helpdesk queue and closes it, and the partner reads the answer. axe scans every
 * screen, dialog and drawer.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SHOTS = process.env.RESOURCES_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const stamp = Date.now().toString(36);
const title = `Kundeworkshop ${stamp}`;
const subject = `Porting stalls ${stamp}`;

test('an operator adds a resource; a partner finds it by a word of its body and reads it', async ({
  page,
  browser,
}) => {
  await signIn(page, 'operator@vendor.demo');
  await page.getByTestId('nav-resources').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resources & help' })).toBeVisible();
  await expect(page.getByTestId('resource-row').first()).toBeVisible();
  await shot(page, '01-resources-operator');
  await expectAccessible(page, 'resources (operator)');

  await page.getByTestId('add-resource').click();
  const dialog = page.getByRole('dialog', { name: 'Add a resource' });
  await dialog.getByTestId('resource-save').click();
  await expect(dialog.getByTestId('resource-title')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByTestId('resource-title').fill(title);
  await dialog.getByTestId('resource-summary').fill('Sådan holder du en workshop om brug af licenser.');
  await dialog
    .getByTestId('resource-body-input')
    .fill(
      `## Forberedelse\n\nInviter kundernes administratorer til prøveperioderne.\n\n[Skabelon](https://resources.vendor.example/skabelon)\n\n<b>ikke html</b>`,
    );
  await dialog.getByTestId('resource-language').click();
  await page.getByRole('option', { name: 'Dansk' }).click();
  await dialog.getByTestId('resource-featured').check();
  await shot(page, '02-resource-dialog');
  await expectAccessible(page, 'add resource dialog');
  await dialog.getByTestId('resource-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('featured-resources')).toContainText(title);

  const context = await browser.newContext();
  const partner = await context.newPage();
  await signIn(partner, 'full@partner1.demo');
  await partner.getByTestId('nav-resources').click();
  // The new resource is on the unsearched list too, so wait for the search's own answer; the table is dimmed
  // while it is on its way, and axe is to scan it once the answer is shown.
  const searched = partner.waitForResponse(
    (response) => new URL(response.url()).searchParams.get('q') === 'prøveperiode' && response.ok(),
  );
  await partner.getByTestId('resource-search').fill('prøveperiode');
  await searched;
  await expect(partner.getByTestId('resource-table')).toHaveAttribute('aria-busy', 'false');
  await expect(partner.getByTestId('resource-table')).toContainText(title);
  await expect(partner.getByTestId('add-resource')).toHaveCount(0);
  await expect(partner.getByTestId('resource-edit')).toHaveCount(0);
  await shot(partner, '03-resources-partner-search');
  await expectAccessible(partner, 'resources (partner, searched)');
  await partner.getByTestId('resource-table').getByRole('link', { name: title }).click();
  await expect(partner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const body = partner.getByTestId('resource-body');
  await expect(body.getByRole('heading', { name: 'Forberedelse' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'Skabelon' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(body.locator('b')).toHaveCount(0);
  await shot(partner, '04-resource-page');
  await expectAccessible(partner, 'resource page');
  await context.close();
});

test('a partner asks the helpdesk; the operator answers and closes the case; the partner reads it', async ({
  page,
  browser,
}) => {
  await signIn(page, 'sales@partner1.demo');
  await page.getByTestId('nav-resources').click();
  await page.getByTestId('contact-helpdesk').click();
  const dialog = page.getByRole('dialog', { name: 'Contact the partner helpdesk' });
  await expectAccessible(page, 'helpdesk dialog');
  await dialog.getByTestId('helpdesk-subject').fill(subject);
  await dialog.getByTestId('helpdesk-description').fill('The porting order for Fjord Logistics has waited a week.');
  await dialog.getByTestId('helpdesk-send').click();
  const drawer = page.getByTestId('support-case-drawer');
  await expect(drawer.getByRole('heading', { name: /^Case HD-\d+$/ })).toBeVisible();
  await expect(drawer.getByTestId('support-case-status')).toHaveText('Waiting for the helpdesk');
  await shot(page, '05-case-drawer-partner');
  await expectAccessible(page, 'support case drawer (partner)');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('my-support-cases')).toContainText(subject);

  const context = await browser.newContext();
  const operator = await context.newPage();
  await signIn(operator, 'operator@vendor.demo');
  await operator.getByTestId('nav-helpdesk').click();
  await expect(operator.getByRole('heading', { level: 1, name: 'Helpdesk' })).toBeVisible();
  await shot(operator, '06-helpdesk-queue');
  await expectAccessible(operator, 'helpdesk queue');
  await operator
    .getByTestId('helpdesk-queue')
    .getByRole('row', { name: new RegExp(subject) })
    .click();
  const opDrawer = operator.getByTestId('support-case-drawer');
  await opDrawer.getByTestId('support-case-answer').fill('Send the letter of authorisation again.');
  await expectAccessible(operator, 'support case drawer (operator)');
  await opDrawer.getByTestId('support-case-send').click();
  await expect(opDrawer.getByTestId('support-case-status')).toHaveText('Answered');
  await expect(opDrawer.getByTestId('support-case-events')).toContainText('Send the letter of authorisation again.');
  await opDrawer.getByTestId('support-case-close').click();
  const confirm = operator.getByRole('dialog', { name: /^Close case HD-\d+\?$/ });
  await expectAccessible(operator, 'close case dialog');
  await confirm.getByTestId('confirm-delete').click();
  await expect(opDrawer.getByTestId('support-case-status')).toHaveText('Closed');
  await shot(operator, '07-case-closed-operator');
  await context.close();

  await page.reload();
  const row = page.getByTestId('my-support-cases').getByRole('row', { name: new RegExp(subject) });
  await expect(row.getByTestId('support-case-status')).toHaveText('Closed');
  await row.click();
  await expect(drawer.getByTestId('support-case-events')).toContainText('Send the letter of authorisation again.');
  await shot(page, '08-case-partner-answered');
});
