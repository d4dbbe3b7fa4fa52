import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { DEMO_PASSWORD, signIn, signInThroughForm } from './support/demo.ts';

const accounts = [
  { email: 'operator@vendor.demo', organisation: 'Vendor', landing: /\/overview$/ },
  { email: 'full@partner1.demo', organisation: 'Partner One', landing: /\/overview$/ },
  { email: 'admin@partner1.demo', organisation: 'Partner One', landing: /\/overview$/ },
  { email: 'readonly@partner1.demo', organisation: 'Partner One', landing: /\/overview$/ },
  { email: 'sales@partner1.demo', organisation: 'Partner One', landing: /\/overview$/ },
  { email: 'salesfull@partner1.demo', organisation: 'Partner One', landing: /\/overview$/ },
  { email: 'full@partner2.demo', organisation: 'Partner Two', landing: /\/overview$/ },
  { email: 'full@distributor.demo', organisation: 'Distributor', landing: /\/overview$/ },
  { email: 'full@partner-t2.demo', organisation: 'Partner Tier Two', landing: /\/overview$/ },
  { email: 'admin@customer1.demo', organisation: 'Customer One', landing: /\/console$/ },
  { email: 'user@customer1.demo', organisation: 'Customer One', landing: /\/console$/ },
];

for (const account of accounts) {
  test(`${account.email} signs in and lands on its start page`, async ({ page }, testInfo) => {
    await signInThroughForm(page, account.email);
    await expect(page).toHaveURL(account.landing);
    await expect(page.getByRole('banner')).toContainText(account.organisation);
    await expectAccessible(page, `start page of ${account.email}`);
    await page.screenshot({ path: testInfo.outputPath(`${account.email}.png`) });
  });
}

test('a wrong password shows a clear error and stays on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('full@partner1.demo');
  await page.getByLabel('Password').fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/not correct/i);
  await expectAccessible(page, 'sign-in page with an error');
  await expect(page).toHaveURL(/sign-in/);
});

test('fields that break the contract are marked, announced and focused, in the chosen language', async ({
  page,
}, testInfo) => {
  await page.goto('/sign-in');
  const email = page.getByTestId('sign-in-email');
  const password = page.getByTestId('sign-in-password');
  await email.fill('not-an-address');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  // Mantine ties the message to the input, so a screen reader reads it with the field.
  await expect(email).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sign-in-errors-light.png') });

  await page.getByRole('button', { name: /language/i }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await expect(page.getByText('Angiv en gyldig e-mailadresse, f.eks. navn@firma.dk.')).toBeVisible();
  await page.getByRole('button', { name: /mørk/i }).click();
  await page.screenshot({ path: testInfo.outputPath('sign-in-errors-dark.png') });
  await expect(page).toHaveURL(/sign-in/);
});

test('signing out returns to the sign-in page and protects the app again', async ({ page }) => {
  await signInThroughForm(page, 'full@partner1.demo');
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await page.goto('/customers');
  await expect(page).toHaveURL(/sign-in/);
});

test('the language switch translates the interface', async ({ page }) => {
  // The choice is stored on the user. The page changes language before the server has stored it, so each switch
  // waits for its answer: a request still in flight at the end (or answered out of order) would leave the
  // journeys after this one, which sign in as this user, a Danish screen.
  const choose = async (menu: RegExp, language: string) => {
    await page.getByRole('button', { name: menu }).click();
    const stored = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('menuitem', { name: language }).click();
    expect((await stored).ok()).toBe(true);
  };
  await signIn(page, 'full@partner1.demo');
  await choose(/language/i, 'Dansk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('navigation')).toContainText('Kunder');
  await choose(/sprog/i, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
