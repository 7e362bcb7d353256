import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

type ShotOptions = { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } };

/**
 * A screenshot for a person to look at, written to SCREENSHOT_DIR when it is set: a test run
 * without it writes nothing, and nothing is compared against it.
 */
export async function shot(page: Page, name: string, options: ShotOptions = {}): Promise<void> {
  const directory = process.env.SCREENSHOT_DIR;
  if (!directory) return;
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: `${directory}/${name}.png`, ...options });
}
