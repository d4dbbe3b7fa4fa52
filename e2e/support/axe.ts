import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA (SPEC.md X-3). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * The serious and critical axe-core violations on the page as it is now, one readable line per rule:
 * rule, impact, what it means and the offending elements (selector, the start of their markup, why). axe-core comes from npm and is injected by the test.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Colours are measured once transitions (a dialog fading in, a scheme change) have ended; endless ones (skeletons,
  // loaders) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // Only the violations are read: axe then keeps no record of what passed, which makes a scan faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => {
        const detail = node.failureSummary?.split('\n').slice(1, 2).join('').trim();
        return `      ${node.target.join(' ')} ${node.html.slice(0, 160)}${detail ? `\n        ${detail}` : ''}`;
      });
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${targets.join('\n')}`;
    });
}

/** Fails, naming the screen, when axe-core finds a serious or critical WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.join('\n'), `accessibility violations on ${screenName}`).toBe('');
}
