import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.1 A and AA (SPEC.md X-3). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = ['serious', 'critical'];

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; detail: string }[];
}

/**
 * axe-core (from npm) put into the page once per document: a client-side navigation keeps it, a reload or a new
 * page gets it again. The web has no frames, so axe runs in the page itself. (`@axe-core/playwright` injects the
 * 550 kB source on every scan and finishes each run in a new blank tab: 2–8 s a scan against 0.2–1.5 s.)
 */
async function injectAxe(page: Page) {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axe.source);
}

/**
 * The serious and critical axe-core violations on the page as it is now, one readable line per rule:
 * rule, impact, what it means and the offending elements (selector, the start of their markup, why).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Colours are measured once transitions (a scheme change, a hover) have ended; endless ones (skeletons, loaders)
  // are not waited for. Mantine's own enter and leave transitions are off: the journeys run with reduced motion,
  // which the theme respects (playwright.config.ts, web/app/theme.ts).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await injectAxe(page);
  const findings = await page.evaluate(
    async ({ tags, impacts }): Promise<Finding[]> => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      // Only the violations are read: axe then keeps no record of what passed, which makes a scan faster.
      const results = await inPage.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        iframes: false,
      });
      return results.violations
        .filter((violation) => impacts.includes(violation.impact ?? ''))
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? '',
          help: violation.help,
          nodes: violation.nodes.map((node) => ({
            target: node.target.join(' '),
            html: node.html.slice(0, 160),
            detail: node.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? '',
          })),
        }));
    },
    { tags: WCAG_21_AA, impacts: BLOCKING_IMPACTS },
  );
  return findings.map((finding) => {
    const targets = finding.nodes.map(
      (node) => `      ${node.target} ${node.html}${node.detail ? `\n        ${node.detail}` : ''}`,
    );
    return `  ${finding.id} (${finding.impact}): ${finding.help}\n${targets.join('\n')}`;
  });
}

/** Fails, naming the screen, when axe-core finds a serious or critical WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.join('\n'), `accessibility violations on ${screenName}`).toBe('');
}
