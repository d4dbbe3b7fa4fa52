import { type Cookie, expect, type Page, request } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

/**
 * Each demo account's session cookies, once signed in through the form (the browser journeys run in one worker).
 * Sign-in is rate-limited per account (10 a minute), and the journeys sign the same accounts in many times.
 */
const sessions = new Map<string, Cookie[]>();

/** Signs in through the sign-in form, as a person does. */
export async function signInThroughForm(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  sessions.set(email, await page.context().cookies());
}

/** Starts signed in as `email` on its start page: the account's session again when it is still live. */
export async function signIn(page: Page, email: string) {
  const cookies = sessions.get(email);
  if (cookies) {
    await page.context().clearCookies();
    await page.context().addCookies(cookies);
    await page.goto('/');
    await page.waitForURL((url) => url.pathname !== '/');
    if (!new URL(page.url()).pathname.startsWith('/sign-in')) return;
  }
  await signInThroughForm(page, email);
}

/** Customer One's id, as its own administrator's session tells it. */
export async function customerOneId(baseURL: string): Promise<string> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/auth/sign-in', {
    data: { email: 'admin@customer1.demo', password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  const id = (await response.json()).organisation.id as string;
  await api.dispose();
  return id;
}
