import { expect, type Page, type Route, test } from '@playwright/test';
import { type AreaId, areas } from '../web/app/navigation.ts';
import type { Audience } from '../web/features/auth/session.ts';
import { expectAccessible, seriousViolations } from './support/axe.ts';
import { signIn } from './support/demo.ts';

/**
 * The accessibility sweep (X-3, WCAG 2.1 AA): every navigation entry, scanned by axe-core once in the light and once
 * in the dark scheme, and the sign-in page. Bounded for CI: an area is scanned twice in all, by a different kind of
 * account each time where several have it, with the accounts of each kind taking turns, so that every kind of account
 * is scanned; the languages rotate over the areas so that each of the four is seen in both schemes and by every
 * audience. The language changes through the language menu, but the saved language is answered here, not written:
 * the demo accounts keep English for the other journeys.
 */

type Scheme = 'light' | 'dark';
type Language = 'en' | 'da' | 'hu' | 'nb';
const languages: readonly Language[] = ['en', 'da', 'hu', 'nb'];
const languageNames: Record<Language, string> = { en: 'English', da: 'Dansk', hu: 'Magyar', nb: 'Norsk bokmål' };
const schemes: readonly Scheme[] = ['light', 'dark'];

const accountsByAudience: Record<Audience, readonly string[]> = {
  vendor: ['operator@vendor.demo'],
  partner: [
    'full@partner1.demo',
    'admin@partner1.demo',
    'readonly@partner1.demo',
    'sales@partner1.demo',
    'full@distributor.demo',
    'full@partner-t2.demo',
  ],
  customer: ['admin@customer1.demo', 'user@customer1.demo'],
};

interface Scan {
  area: AreaId;
  path: string;
  scheme: Scheme;
  language: Language;
}

/** Each account's scans, in navigation order. */
function plan(): Map<string, Scan[]> {
  const scansByAccount = new Map<string, Scan[]>();
  const turns = new Map<Audience, number>();
  areas.forEach((area, index) => {
    schemes.forEach((scheme, n) => {
      const audience = area.audiences[(index + n) % area.audiences.length] as Audience;
      const turn = turns.get(audience) ?? 0;
      turns.set(audience, turn + 1);
      const accounts = accountsByAudience[audience];
      const account = accounts[turn % accounts.length] as string;
      const language = languages[(index + n) % languages.length] as Language;
      const scans = scansByAccount.get(account) ?? [];
      scans.push({ area: area.id, path: area.path, scheme, language });
      scansByAccount.set(account, scans);
    });
  });
  return scansByAccount;
}

/** Answers the session with the language the sweep wants, and the language menu's save likewise, without writing it. */
async function answerSessionIn(page: Page, language: () => Language) {
  let session: Record<string, unknown> | undefined;
  await page.route('**/api/v1/me', async (route: Route) => {
    if (route.request().method() === 'GET') {
      const response = await route.fetch();
      if (!response.ok()) return route.fulfill({ response });
      session = (await response.json()) as Record<string, unknown>;
    }
    // Signed in by the form, the app has not asked for the session yet: read it, never pass the save on.
    session ??= (await (await page.request.get('/api/v1/me')).json()) as Record<string, unknown>;
    const user = { ...(session.user as Record<string, unknown>), locale: language() };
    return route.fulfill({ json: { ...session, user } });
  });
}

async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main [aria-busy="true"], main .mantine-Skeleton-root[data-visible]')).toHaveCount(0, {
    timeout: 20_000,
  });
}

const scansByAccount = plan();

test.describe('accessibility sweep', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the sign-in page, light in English and dark in Hungarian', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, '/sign-in, light, en');
    await page.getByTestId('color-scheme-toggle').click();
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: languageNames.hu }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
    await expectAccessible(page, '/sign-in, dark, hu');
  });

  for (const [account, scans] of scansByAccount) {
    test(`${account}: ${scans.length} scans of its navigation entries`, async ({ page }) => {
      let language: Language = 'en';
      await answerSessionIn(page, () => language);
      await signIn(page, account);
      let scheme: Scheme = 'light';
      for (const scan of scans) {
        if (scan.scheme !== scheme) {
          await page.getByTestId('color-scheme-toggle').click();
          scheme = scan.scheme;
          await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        }
        if (scan.language !== language) {
          await page.getByTestId('language-menu').click();
          language = scan.language;
          await page.getByRole('menuitem', { name: languageNames[language] }).click();
          await expect(page.locator('html')).toHaveAttribute('lang', language);
        }
        if (new URL(page.url()).pathname !== scan.path) {
          await page.getByTestId(`nav-${scan.area}`).click();
          await expect(page).toHaveURL((url) => url.pathname === scan.path);
        }
        await settled(page);
        const screen = `${scan.path} as ${account}, ${scheme}, ${language}`;
        const violations = await seriousViolations(page);
        expect.soft(violations.join('\n'), `accessibility violations on ${screen}`).toBe('');
      }
    });
  }
});

test('by keyboard: the skip link comes first and reaches the page; the language menu opens, changes and gives focus back', async ({
  page,
}) => {
  let language: Language = 'en';
  await answerSessionIn(page, () => language);
  await signIn(page, 'full@partner1.demo');
  // Fresh page: the keyboard starts at the top of the document.
  const fresh = async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  };
  await fresh();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const languageButton = page.getByTestId('language-menu');
  await fresh();
  for (let tab = 0; tab < 10 && !(await languageButton.evaluate((el) => el === document.activeElement)); tab++) {
    await page.keyboard.press('Tab');
  }
  await expect(languageButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dansk = page.getByRole('menuitem', { name: languageNames.da });
  await expect(dansk).toBeVisible();
  for (let step = 0; step < 4 && !(await dansk.evaluate((el) => el === document.activeElement)); step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(dansk).toBeFocused();
  language = 'da';
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(languageButton).toBeFocused();
});
