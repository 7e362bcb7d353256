import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, statusLogged } from '../support/browser.ts';
import { signInToConsole } from '../support/console-session.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const e2e = useServerAndBrowser();
const SLUG = 'aix-marseille-provence';
const ADMIN = 'horaires@cci-aix-marseille.fr';
// A Tuesday, 18:20 in Paris: 40 minutes before the shop below closes at 19:00.
const FORTY_MINUTES_BEFORE_CLOSING = '2027-01-12T17:20:00Z';

function sql(command: string): Array<Record<string, unknown>> {
  const run = spawnSync('node_modules/.bin/wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', e2e.server.stateDir, '--json', '--command', command], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as Array<{ results: Array<Record<string, unknown>> }>)[0]?.results ?? [];
}

type Place = { id: string; name: string; lat: number; lng: number };

/**
 * One listing of the demo tenant open on that one day until 19:00, and an admin of that tenant.
 * Until the hours model loads, the list speaks from the API's answer for the real now, when the
 * shop opens on a day still to come: only the page's own clock can make it say "19:00".
 */
function prepare(): Place {
  const [place] = sql(`SELECT l.id, l.name, l.lat, l.lng FROM listings l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = '${SLUG}' AND l.published = 1 ORDER BY l.id LIMIT 1`) as Place[];
  assert.ok(place);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = '2027 Jan 12 09:00-19:00', last_confirmed_at = '2027-01-10T00:00:00Z' WHERE id = '${place.id}'`);
  sql(`INSERT INTO staff (tenant_id, email, role) SELECT id, '${ADMIN}', 'admin' FROM tenants WHERE slug = '${SLUG}'`);
  return place;
}

async function listStatus(page: Page, place: Place): Promise<string> {
  await page.clock.setFixedTime(new Date(FORTY_MINUTES_BEFORE_CLOSING));
  await page.goto(`${e2e.server.origin(SLUG)}/?c=${place.lat.toFixed(5)},${place.lng.toFixed(5)}&z=18`);
  const entry = page.locator('.listing-item', { has: page.locator('.listing-name', { hasText: place.name }) }).first();
  // The API answered for the real now; the list turns to the page's clock once the hours model is in.
  await entry.locator('.status-badge', { hasText: '19:00' }).waitFor();
  return ((await entry.locator('.status-badge').textContent()) ?? '').trim().replace(/^\S+\s+/, '');
}

describe('the "closes soon" delay a CCI sets in its console', () => {
  it('makes a place closing within those minutes read "closes soon" on the list, and not before it is set', async () => {
    const place = prepare();
    const { page: before } = await openPage(e2e.browser);
    assert.equal(await listStatus(before, place), "Ouvert · jusqu'à 19:00", 'with the default 30 minutes, 40 minutes before closing is still open');
    await before.context().close();

    const { page: consolePage } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
    await signInToConsole(consolePage, e2e.server, SLUG, ADMIN);
    await consolePage.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Réglages' }).click();
    await consolePage.getByLabel('« Ferme bientôt » avant la fermeture (minutes)').fill('45');
    await consolePage.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await consolePage.getByText('Réglages enregistrés.').waitFor();

    // The staff member's own browser reads past the edge cache, so it shows the change at once.
    const map = await consolePage.context().newPage();
    assert.equal(await listStatus(map, place), 'Ferme bientôt · à 19:00');
    await consolePage.context().close();
  });
});
