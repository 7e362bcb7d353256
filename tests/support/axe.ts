import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * RGAA 4.1 is built on WCAG 2.1 level AA: axe's rules for WCAG 2.0 and 2.1, levels A and AA, are
 * the automated part of an RGAA audit (each also carries its `RGAA-x.y.z` tag).
 */
export const RGAA_AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations axe finds on the page as it is now, one line each with the first nodes it names. */
export async function axeViolations(page: Page, nodesShown = 3): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RGAA_AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, nodesShown).join(', ')}`);
}
