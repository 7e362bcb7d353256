import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * RGAA 4.1 is built on WCAG 2.1 level AA: axe's rules for WCAG 2.x, levels A and AA, are the
 * automated part of an RGAA audit, with the few rules axe files under RGAA alone (`RGAAv4`: every
 * content inside a landmark, working skip links, tables not named twice). Each rule also carries
 * the `RGAA-x.y.z` test it checks; docs/accessibility.md lists the criteria they cover.
 */
export const RGAA_AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'RGAAv4'];

/**
 * Findings the success criterion itself exempts, each with the exception that applies. Map
 * markers overlap where shops are close: WCAG 2.5.8's "equivalent" exception holds, since every
 * marker is also an entry of the list beside the map (and every cluster a zone of the zone list),
 * a full-size button that opens the same card.
 */
const EXEMPT: ReadonlyArray<{ rule: string; within: string }> = [{ rule: 'target-size', within: '.leaflet-marker-pane' }];

/** The violations axe finds on the page as it is now, one line each with the first nodes it names. */
export async function axeViolations(page: Page, nodesShown = 3): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RGAA_AXE_TAGS).analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    const exempt = EXEMPT.filter(({ rule }) => rule === violation.id).map(({ within }) => within);
    const selectors = violation.nodes.map((node) => node.target.join(' '));
    const kept = exempt.length === 0 ? selectors : await page.evaluate(
      ({ selectors, exempt }) => selectors.filter((selector) => !exempt.some((within) => document.querySelector(selector)?.closest(within))),
      { selectors, exempt },
    );
    if (kept.length > 0) lines.push(`${violation.id}: ${kept.slice(0, nodesShown).join(', ')}`);
  }
  return lines;
}
