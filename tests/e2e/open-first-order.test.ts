import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { localSql } from '../support/local-d1.ts';

const e2e = useServerAndBrowser();
const SLUG = 'aix-marseille-provence';
/** Tuesday 12 January 2027, 08:00 in Marseille (UTC+1). */
const AT = '2027-01-12T07:00:00Z';

const sql = (command: string) => localSql(e2e.server, command);

type Place = { id: string; name: string; lat: number; lng: number };

/**
 * The demo's two closest listings, and the next one out from the first: the nearest is made
 * closed at 08:00, the second open then, the third open by its hours but last confirmed long ago.
 */
function preparedPlaces(): { closed: Place; open: Place; stale: Place } {
  const [pair] = sql(`SELECT a.id AS a, b.id AS b FROM listings a JOIN listings b ON b.tenant_id = a.tenant_id AND a.id < b.id JOIN tenants t ON t.id = a.tenant_id
    WHERE t.slug = '${SLUG}' AND a.published = 1 AND b.published = 1 ORDER BY (a.lat - b.lat) * (a.lat - b.lat) + (a.lng - b.lng) * (a.lng - b.lng) * 0.53 LIMIT 1`) as Array<{ a: string; b: string }>;
  assert.ok(pair);
  const byId = (id: string) => (sql(`SELECT id, name, lat, lng FROM listings WHERE id = '${id}'`) as Place[])[0]!;
  const closed = byId(pair.a);
  const open = byId(pair.b);
  const [third] = sql(`SELECT l.id FROM listings l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = '${SLUG}' AND l.published = 1 AND l.id NOT IN ('${closed.id}', '${open.id}')
    ORDER BY (l.lat - ${closed.lat}) * (l.lat - ${closed.lat}) + (l.lng - ${closed.lng}) * (l.lng - ${closed.lng}) * 0.53 LIMIT 1`) as Array<{ id: string }>;
  const stale = byId(third!.id);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = 'Mo-Sa 09:00-19:00', last_confirmed_at = '2027-01-10T00:00:00Z' WHERE id = '${closed.id}'`);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = 'Mo-Sa 07:30-19:00', last_confirmed_at = '2027-01-10T00:00:00Z' WHERE id = '${open.id}'`);
  sql(`UPDATE listings SET status = 'open', status_until = NULL, opening_hours = 'Mo-Sa 07:00-19:00', last_confirmed_at = '2020-01-01T00:00:00Z' WHERE id = '${stale.id}'`);
  return { closed, open, stale };
}

/** What an entry says when it is open at that instant, as the "open now" filter keeps it. */
const OPEN_WORDS = /^(À confirmer · )?(Ouvert|Ferme bientôt|Services seulement(?: : [^·]+)? · en cours)\b/;
const withoutSymbol = (text: string) => text.trim().replace(/^\S+\s+/, '');

/** "70 m", "1,2 km", "12 km" in metres, as the list rounds them. */
function metres(text: string): number {
  const match = /([\d\s ,]+)\s*(k?m)\b/.exec(text);
  assert.ok(match, `a distance in ${text}`);
  const value = Number(match[1]!.replace(/[\s  ]/g, '').replace(',', '.'));
  return match[2] === 'km' ? value * 1000 : value;
}

type Entry = { id: string; name: string; status: string; distance: number };

async function entries(page: Page): Promise<Entry[]> {
  const rows = await page.locator('#listing-list li[data-listing-id]').evaluateAll((items) =>
    items.map((item) => ({ id: item.getAttribute('data-listing-id') ?? '', name: item.querySelector('.listing-name')?.textContent ?? '', meta: item.querySelector('.listing-meta')?.textContent ?? '', status: item.querySelector('.status-badge')?.textContent ?? '' })),
  );
  return rows.map(({ id, name, meta, status }) => ({ id, name, status: withoutSymbol(status), distance: metres(meta.split(' · ')[2] ?? '') }));
}

const nonDecreasing = (values: number[]) => values.every((value, index) => index === 0 || values[index - 1]! <= value);

describe('the list sorted "open now first, then nearest"', () => {
  it('puts an open place before a nearer closed one, at a fixed clock, and nearest first otherwise', async () => {
    const { closed, open, stale } = preparedPlaces();
    const { page } = await openPage(e2e.browser, { locale: 'fr-FR' });
    await page.clock.setFixedTime(new Date(AT));
    await page.goto(`${e2e.server.origin(SLUG)}/?c=${closed.lat.toFixed(5)},${closed.lng.toFixed(5)}&z=14`);
    const entryOf = (place: Place) => page.locator('.listing-item', { has: page.locator('.listing-name', { hasText: place.name }) }).first();
    // The API answered for the real now; the page speaks for its own clock once the hours model is in.
    await entryOf(closed).locator('.status-badge', { hasText: 'Fermé · ouvre à 09:00' }).waitFor();
    await entryOf(open).locator('.status-badge', { hasText: "Ouvert · jusqu'à 19:00" }).waitFor();
    await entryOf(stale).locator('.status-badge', { hasText: "À confirmer · Ouvert · jusqu'à 19:00" }).waitFor();

    const nearest = await entries(page);
    assert.equal(nearest[0]?.id, closed.id, 'nearest first: the closed place at the centre of the map');
    assert.ok(nonDecreasing(nearest.map((entry) => entry.distance)), nearest.map((e) => `${e.name} ${e.distance}`).join('\n'));

    await page.getByRole('radio', { name: 'Ouverts maintenant d’abord, puis les plus proches' }).check();
    await page.locator('.list-order', { hasText: 'Ouverts maintenant d’abord.' }).waitFor();
    const openFirst = await entries(page);
    assert.deepEqual(openFirst.map((e) => e.id).sort(), nearest.map((e) => e.id).sort(), 'the same places, in another order');
    const position = (place: Place) => openFirst.findIndex((entry) => entry.id === place.id);
    assert.ok(position(open) < position(closed), 'the open place comes before the nearer closed one');
    // Open by its hours but to be confirmed: kept by the "open now" filter, so listed among the open ones too.
    assert.ok(position(stale) < position(closed), 'the open place to be confirmed comes before the nearer closed one');
    const isOpen = openFirst.map((entry) => OPEN_WORDS.test(entry.status));
    const firstNotOpen = isOpen.indexOf(false);
    assert.ok(firstNotOpen > 0, 'some places are open then, and come first');
    assert.deepEqual(isOpen.slice(firstNotOpen).filter(Boolean), [], 'no open place after the first closed one');
    assert.ok(nonDecreasing(openFirst.slice(0, firstNotOpen).map((e) => e.distance)), 'the open ones nearest first');
    assert.ok(nonDecreasing(openFirst.slice(firstNotOpen).map((e) => e.distance)), 'then the others nearest first');

    await page.getByRole('radio', { name: 'Les plus proches', exact: true }).check();
    await page.locator('.list-order', { hasText: /^Du plus proche/ }).waitFor();
    assert.deepEqual(await entries(page), nearest, 'back to nearest first');
    await page.context().close();
  });
});
