import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * RGAA 4.1 is built on WCAG 2.1 level AA: axe's rules for WCAG 2.x, levels A and AA, are the
 * automated part of an RGAA audit, with the few rules axe files under RGAA alone (`RGAAv4`: every
 * content inside a landmark, working skip links, tables not named twice). Each rule also carries
 * the `RGAA-x.y.z` test it checks; docs/accessibility.md lists the criteria they cover.
 */
export const RGAA_AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'RGAAv4'];

/** The violations axe finds on the page as it is now, one line each with the first nodes it names. */
export async function axeViolations(page: Page, nodesShown = 3): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RGAA_AXE_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, nodesShown).map((node) => node.target.join(' ')).join(', ')}`);
}
