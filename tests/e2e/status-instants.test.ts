import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { getFromHost } from '../support/server.ts';

const e2e = useServerAndBrowser();
const SLUG = 'aix-marseille-provence';

/** SQL on the test server's own local D1, before any page asks for listings (nothing is cached yet). */
function sql(command: string): Array<Record<string, unknown>> {
  const run = spawnSync('node_modules/.bin/wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', e2e.server.stateDir, '--json', '--command', command], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as Array<{ results: Array<Record<string, unknown>> }>)[0]?.results ?? [];
}

type Place = { id: string; name: string; lat: number; lng: number };
type PlaceKey = 'shop' | 'paused' | 'stale' | 'usual' | 'special';
let places: Record<PlaceKey, Place> | null = null;

/**
 * Three listings of the demo tenant given hours and situations the instants below are worked out
 * from by hand: a shop with a lunch break, closed on Sundays and public holidays (the tenant's
 * policy); one temporarily closed until 16 January 2027; one last confirmed years ago; and two
 * with the same week that say what they do on public holidays: usual hours, or 10:30-12:00.
 */
function preparedPlaces() {
  if (places) return places;
  const rows = sql(`SELECT l.id, l.name, l.lat, l.lng FROM listings l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = '${SLUG}' AND l.published = 1 ORDER BY l.id LIMIT 5`) as Place[];
  assert.equal(rows.length, 5);
  const [shop, paused, stale, usual, special] = rows as [Place, Place, Place, Place, Place];
  const hours = 'Mo-Sa 09:00-12:00,14:00-19:00';
  // Confirmed "in the future" of every instant but the stale one's, so none of them is stale by age.
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = '${hours}', last_confirmed_at = '2027-03-27T00:00:00Z' WHERE id = '${shop.id}'`);
  sql(`UPDATE listings SET status = 'temporarily_closed', status_until = '2027-01-16', opening_hours = '${hours}', last_confirmed_at = '2027-03-27T00:00:00Z' WHERE id = '${paused.id}'`);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = '${hours}', last_confirmed_at = '2020-01-01T00:00:00Z' WHERE id = '${stale.id}'`);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = '${hours}', holidays_as_usual = 1, last_confirmed_at = '2027-03-27T00:00:00Z' WHERE id = '${usual.id}'`);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = '${hours}; PH 10:30-12:00', last_confirmed_at = '2027-03-27T00:00:00Z' WHERE id = '${special.id}'`);
  places = { shop, paused, stale, usual, special };
  return places;
}

/** Each instant, and what every screen must say then (Paris: UTC+1 in winter, UTC+2 from 28 March 03:00). */
const CASES: Array<{ what: string; at: string; place: PlaceKey; fr: string; en: string }> = [
  { what: 'before opening', at: '2027-01-12T07:00:00Z', place: 'shop', fr: 'Fermé · ouvre à 09:00', en: 'Closed · opens at 09:00' },
  { what: 'lunch break', at: '2027-01-12T11:30:00Z', place: 'shop', fr: 'Fermé · ouvre à 14:00', en: 'Closed · opens at 14:00' },
  { what: '5 minutes before closing', at: '2027-01-12T17:55:00Z', place: 'shop', fr: 'Ferme bientôt · à 19:00', en: 'Closes soon · at 19:00' },
  { what: 'after closing', at: '2027-01-12T18:30:00Z', place: 'shop', fr: 'Fermé · ouvre demain à 09:00', en: 'Closed · opens tomorrow at 09:00' },
  { what: 'a public holiday (New Year, a Friday)', at: '2027-01-01T09:00:00Z', place: 'shop', fr: 'Fermé · ouvre demain à 09:00', en: 'Closed · opens tomorrow at 09:00' },
  { what: 'a public holiday, for a business keeping its usual hours', at: '2027-01-01T09:00:00Z', place: 'usual', fr: "Ouvert · jusqu'à 12:00", en: 'Open · until 12:00' },
  { what: 'a public holiday, for a business with hours of its own then', at: '2027-01-01T09:00:00Z', place: 'special', fr: 'Fermé · ouvre à 10:30', en: 'Closed · opens at 10:30' },
  { what: 'the DST night before Easter Monday', at: '2027-03-28T01:30:00Z', place: 'shop', fr: 'Fermé · ouvre mardi à 09:00', en: 'Closed · opens Tuesday at 09:00' },
  { what: 'a temporary closure', at: '2027-01-12T09:00:00Z', place: 'paused', fr: 'Fermé temporairement · rouvre le 16 janvier', en: 'Temporarily closed · reopens on 16 January' },
  { what: 'a stale listing', at: '2027-01-12T09:00:00Z', place: 'stale', fr: "À confirmer · Ouvert · jusqu'à 12:00", en: 'To be confirmed · Open · until 12:00' },
];

const withoutSymbol = (text: string | null) => (text ?? '').trim().replace(/^\S+\s+/, '');

async function previewStatus(place: Place, at: string): Promise<string> {
  const { body: html } = await getFromHost(e2e.server, `${SLUG}.localhost`, `/l/${place.id}?at=${at}`);
  const description = /<meta property="og:description" content="([^"]*)">/.exec(html)?.[1] ?? '';
  return description.split(' — ')[0]!.replace(/&#39;/g, "'");
}

async function openAt(page: Page, place: Place, at: string): Promise<void> {
  await page.clock.setFixedTime(new Date(at));
  await page.goto(`${e2e.server.origin(SLUG)}/?c=${place.lat.toFixed(5)},${place.lng.toFixed(5)}&z=18`);
  await page.locator('.listing-item').first().waitFor();
}

describe('one status at each instant, on every screen', () => {
  for (const locale of ['fr-FR', 'en-GB'] as const) {
    for (const testCase of CASES) {
      it(`${testCase.what} (${locale})`, async () => {
        const place = preparedPlaces()[testCase.place];
        const expected = locale === 'fr-FR' ? testCase.fr : testCase.en;
        const { page } = await openPage(e2e.browser, { locale });
        await openAt(page, place, testCase.at);
        const entry = page.locator('.listing-item', { has: page.locator('.listing-name', { hasText: place.name }) }).first();
        // The API answered for the real now; the page turns to its own clock once the hours model is in.
        await entry.locator('.status-badge', { hasText: expected }).waitFor();
        assert.equal(withoutSymbol(await entry.locator('.status-badge').textContent()), expected, 'list entry');
        const marker = page.locator(`.leaflet-marker-icon[title^="${place.name.replace(/"/g, '\\"')} — "]`).first();
        // The map redraws its markers on its own render, after the list: wait for it to say the same.
        await marker.and(page.locator(`[title="${`${place.name} — ${expected}`.replace(/"/g, '\\"')}"]`)).waitFor({ timeout: 10_000 }).catch(() => undefined);
        assert.equal(await marker.getAttribute('title'), `${place.name} — ${expected}`, 'marker title');
        await entry.click();
        await page.locator('#listing-card-title', { hasText: place.name }).waitFor();
        assert.equal(withoutSymbol(await page.locator('.card-status .status-badge').textContent()), expected, 'card');
        if (locale === 'fr-FR') assert.equal(await previewStatus(place, testCase.at), expected, '/l/:id preview');
        if (testCase.what.startsWith('a public holiday')) {
          const holiday = locale === 'fr-FR' ? /jour férié/ : /public holiday/;
          assert.match((await page.locator('.holiday-today').textContent()) ?? '', holiday);
          // Today's row of the week says the hours of the holiday itself, as the business gave them.
          const today = (await page.locator('.week-hours tbody tr').first().locator('td').textContent()) ?? '';
          assert.match(today, holiday);
          if (testCase.place === 'usual') assert.match(today, /09:00–12:00, 14:00–19:00/);
          if (testCase.place === 'special') assert.match(today, /10:30–12:00/);
        }
        if (testCase.place === 'paused') assert.match((await page.locator('.week-hours tbody tr').first().textContent()) ?? '', locale === 'fr-FR' ? /fermeture temporaire/ : /temporary closure/);
        await page.context().close();
      });
    }
  }

  it('turns closed at closing time without a reload', async () => {
    const { shop } = preparedPlaces();
    const { page } = await openPage(e2e.browser, { locale: 'fr-FR' });
    await page.clock.install({ time: new Date('2027-01-12T17:59:30Z') });
    await page.goto(`${e2e.server.origin(SLUG)}/?c=${shop.lat.toFixed(5)},${shop.lng.toFixed(5)}&z=18`);
    const entry = page.locator('.listing-item', { has: page.locator('.listing-name', { hasText: shop.name }) }).first();
    await entry.locator('.status-badge', { hasText: 'Ferme bientôt · à 19:00' }).waitFor();
    await page.clock.runFor('01:00');
    await entry.locator('.status-badge', { hasText: 'Fermé · ouvre demain à 09:00' }).waitFor();
    await page.context().close();
  });

  for (const locale of ['fr-FR', 'en-GB'] as const) {
    it(`has no axe violation on the map with its legend open, the list and the card (${locale})`, async () => {
      const { shop } = preparedPlaces();
      const { page } = await openPage(e2e.browser, { locale });
      await openAt(page, shop, '2027-01-12T11:30:00Z');
      await page.locator('.map-legend summary').click();
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('.listing-item').first().click();
      await page.locator('#listing-card-title').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    });
  }
});
