import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { createTenant, signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { shot } from '../support/screenshots.ts';

const SLUG = 'cci-logo';
const ADMIN = 'com@cci-logo.fr';

const e2e = useServerAndBrowser();

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG, drawn here: a green band with a white stripe, so a screenshot shows it. */
function logoPng(width = 160, height = 48): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const stripe = y > height / 3 && y < (2 * height) / 3 && x > 16 && x < width - 16;
      rows.set(stripe ? [255, 255, 255] : [11, 110, 79], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Drawn means fetched, decoded and painted: a blocked or broken image has no natural width. */
async function drawnWidth(page: Page, selector: string): Promise<number> {
  const image = page.locator(selector);
  await image.waitFor();
  await page.waitForFunction((s) => (document.querySelector(s) as HTMLImageElement | null)?.complete === true, selector);
  return image.evaluate((element) => (element as HTMLImageElement).naturalWidth);
}

describe('a CCI brands its instance with an uploaded logo, in Chromium', () => {
  it('uploads a logo in the console, refuses an SVG, and shows the logo on the public page with no CSP violation', async () => {
    createTenant(e2e.server, { slug: SLUG, name: 'CCI Logo', admin: ADMIN });
    // The console asks for its session before signing in, and is told 401: that is how it knows to show the sign-in.
    const { page, errors } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Réglages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    await page.getByText('Aucun logo pour l’instant.').waitFor();

    await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    await page.getByRole('alert').getByText('Les logos SVG ne sont pas acceptés (ils peuvent contenir du code) : exportez-le en PNG ou WebP.').waitFor();

    await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
    await page.getByText('Logo enregistré.').waitFor();
    assert.equal(await drawnWidth(page, 'img[alt="Logo actuel"]'), 160);
    assert.equal(await drawnWidth(page, '.console-preview-masthead img'), 160);
    const src = await page.locator('img[alt="Logo actuel"]').getAttribute('src');
    assert.match(src ?? '', /^\/brand\/logo\/[0-9a-f]{16}$/);
    assert.deepEqual(await axeViolations(page, Infinity), [], 'axe on the settings with a logo');
    await page.locator('.console-logo').scrollIntoViewIfNeeded();
    await shot(page, 'console-logo-uploaded');
    assert.deepEqual(errors, [], 'no CSP violation nor error in the console');

    await page.goto(`${e2e.server.origin(SLUG)}/`);
    assert.equal(await drawnWidth(page, 'img.masthead-logo'), 160);
    assert.equal(await page.locator('img.masthead-logo').getAttribute('src'), src);
    await shot(page, 'public-page-logo');
    assert.deepEqual(errors, [], 'no CSP violation nor error on the public page');

    // Removed in the console, it leaves the public page too.
    await page.goto(`${e2e.server.origin(SLUG)}/console`);
    await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Réglages' }).click();
    await page.getByRole('button', { name: 'Retirer le logo' }).click();
    await page.getByText('Logo retiré.').waitFor();
    await page.goto(`${e2e.server.origin(SLUG)}/`);
    await page.locator('.masthead h1').waitFor();
    assert.equal(await page.locator('img.masthead-logo').count(), 0);
    await page.context().close();
  });
});
