import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { PublicListing } from '#schema/listing.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage, statusLogged } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { signInToConsole } from '../support/console-session.ts';
import { linkFromOutbox } from '../support/outbox.ts';
import { getTenantJson } from '../support/server.ts';
import { tenantCliIn } from '../support/tenant-cli.ts';

const SLUG = 'cci-osm';
const ADMIN = 'donnees@cci-osm.fr';
const BAKER = 'boulangerie@example.fr';
const e2e = useServerAndBrowser();

type Tags = Record<string, string>;
const node = (id: string, lng: number, lat: number, tags: Tags) => ({ type: 'Feature', id, properties: { '@id': id, ...tags }, geometry: { type: 'Point', coordinates: [lng, lat] } });
const address = (n: number): Tags => ({ 'addr:housenumber': String(n), 'addr:street': 'Rue du Port', 'addr:postcode': '56000', 'addr:city': 'Vannes' });

/** An Overpass Turbo export as mappers left it: clean, sloppy, remark, ambiguous and unreadable hours, and a bank with no category of ours. */
function overpassExport(bakeryHours: string, grocerHours: string): Buffer {
  const features = [
    node('node/101', -2.7603, 47.6559, { shop: 'bakery', name: 'Boulangerie du Port', opening_hours: bakeryHours, email: BAKER, ...address(1), check_date: '2026-10-02' }),
    node('node/102', -2.7611, 47.6562, { shop: 'convenience', name: 'Épicerie Saint-Patern', opening_hours: grocerHours, delivery: 'yes', ...address(2) }),
    node('node/103', -2.7620, 47.6570, { shop: 'hairdresser', name: 'Salon Marine', opening_hours: '"sur rendez-vous"', ...address(3) }),
    node('node/104', -2.7630, 47.6575, { shop: 'butcher', name: 'Boucherie des Halles', opening_hours: '9-5', ...address(4) }),
    node('node/105', -2.7640, 47.6580, { craft: 'plumber', name: 'Plomberie Le Goff', opening_hours: 'tous les jours sauf le lundi', ...address(5) }),
    { type: 'Feature', id: 'way/106', properties: { '@id': 'way/106', amenity: 'bank', name: 'Banque' }, geometry: { type: 'Polygon', coordinates: [[[-2.76, 47.65], [-2.761, 47.65], [-2.761, 47.651], [-2.76, 47.65]]] } },
  ];
  const collection = { type: 'FeatureCollection', generator: 'overpass-turbo', copyright: 'The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.', features };
  return Buffer.from(JSON.stringify(collection));
}

async function dryRun(page: Page, file: Buffer): Promise<void> {
  await page.getByLabel('Fichier CSV ou GeoJSON').setInputFiles({ name: 'export.geojson', mimeType: 'application/geo+json', buffer: file });
  await page.getByText(/Export OpenStreetMap reconnu \(6 éléments\)/).waitFor();
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('heading', { name: 'Rapport de vérification' }).waitFor();
}

async function commit(page: Page, count: number): Promise<void> {
  const button = page.getByRole('button', { name: `Importer les ${count} fiches` });
  assert.equal(await button.isDisabled(), true, 'nothing is written before the hours are confirmed');
  await page.getByLabel('J’ai vérifié les horaires réécrits et ceux gardés comme texte').check();
  await button.click();
}

const listingsByName = async () => {
  const map = await getTenantJson<{ features: Array<{ id: string; properties: { name: string } }> }>(e2e.server, SLUG, '/api/v1/listings?bbox=-2.8,47.6,-2.7,47.7');
  return new Map(map.features.map((feature) => [feature.properties.name, feature.id]));
};

describe('a CCI starts its map from OpenStreetMap', () => {
  it('imports an Overpass export with messy hours, a business claims its listing, and a re-import leaves that one alone', async () => {
    const cli = tenantCliIn(e2e.server.stateDir);
    const created = cli('create', '--slug', SLUG, '--name', 'CCI du Morbihan OSM', '--domain', 'vitrine.cci-osm.fr', '--admin', ADMIN, '--centre', '47.66,-2.76', '--bounds=-3.8,47.2,-2.0,48.2', '--departements', '56');
    assert.equal(created.status, 0, created.err);
    const { page } = await openPage(e2e.browser, { expectedConsoleErrors: [statusLogged(401, /\/api\/v1\/console\/session$/)] });
    await signInToConsole(page, e2e.server, SLUG, ADMIN);
    await page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name: 'Import' }).click();

    await dryRun(page, overpassExport('Mo-Sa 07:00-19:30', 'Mon-Sat 7AM-8PM'));
    await page.getByText('5 éléments : 5 valides, 0 en erreur. À l’import : 5 nouvelles fiches, 0 mises à jour, 0 inchangées, 0 revendiquées laissées telles quelles ; 1 éléments écartés.').waitFor();
    const normalised = page.locator('[data-osm-hours-kind="normalised"]');
    assert.match((await normalised.textContent()) ?? '', /Épicerie Saint-Patern.*Mon-Sat 7AM-8PM.*Mo-Sa 07:00-20:00/);
    assert.match((await page.locator('[data-osm-hours-kind="comment"]').textContent()) ?? '', /Salon Marine.*sur rendez-vous/);
    assert.match((await page.locator('[data-osm-hours-kind="ambiguous"]').textContent()) ?? '', /Boucherie des Halles.*9-5.*Ambigu/);
    assert.match((await page.locator('[data-osm-hours-kind="unreadable"]').textContent()) ?? '', /Plomberie Le Goff.*tous les jours sauf le lundi.*Illisible/);
    await page.getByText('1 éléments écartés', { exact: true }).click();
    await page.getByText('Banque (way/106) : pas de catégorie pour amenity=bank').waitFor();
    assert.deepEqual(await axeViolations(page, Infinity), [], 'axe on the OSM dry run');
    await commit(page, 5);
    await page.getByText('5 fiches créées, 0 mises à jour, 0 inchangées, 0 revendiquées laissées telles quelles.').waitFor();

    // Residents see where the listing comes from, with the ODbL credit; the verbatim hours read as text.
    const ids = await listingsByName();
    const { page: resident } = await openPage(e2e.browser);
    await resident.goto(`${e2e.server.origin(SLUG)}/l/${ids.get('Salon Marine')}`);
    await resident.locator('.listing-card').getByText('sur rendez-vous', { exact: true }).waitFor();
    await resident.goto(`${e2e.server.origin(SLUG)}/l/${ids.get('Boulangerie du Port')}`);
    const origin = resident.getByRole('region', { name: 'Depuis OpenStreetMap' });
    await origin.getByText('n’a pas encore été revendiquée').waitFor();
    assert.equal(await origin.getByRole('link', { name: '© contributeurs OpenStreetMap (ODbL)' }).getAttribute('href'), 'https://www.openstreetmap.org/node/101');
    // The baker claims it: the link goes to the address OSM gives, and opening it makes the listing theirs.
    await origin.getByRole('button', { name: /C’est votre commerce/ }).click();
    await origin.getByRole('status').filter({ hasText: /./ }).waitFor();
    const manage = await resident.context().newPage();
    await manage.goto(await linkFromOutbox(e2e.server, SLUG, BAKER, /https?:\/\/\S+\/ma-fiche#token=[A-Za-z0-9_-]+/));
    await manage.locator('#listing-title', { hasText: 'Boulangerie du Port' }).waitFor();
    const claimed = await getTenantJson<PublicListing>(e2e.server, SLUG, `/api/v1/listings/${ids.get('Boulangerie du Port')}`);
    assert.deepEqual(claimed.osm, { id: 'node/101', claimed: true });

    // OSM moves on: both shops change their hours. The claimed bakery keeps what its business says.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await dryRun(page, overpassExport('Mo-Fr 06:00-13:00', 'Mo-Sa 08:00-21:00'));
    await page.locator('[data-osm-change="claimed"]', { hasText: 'Boulangerie du Port' }).waitFor();
    assert.match((await page.locator('[data-osm-change="updated"]').textContent()) ?? '', /Épicerie Saint-Patern.*Horaires/);
    // The CCI files banks under services, for this import and the next: the dry run starts again with the bank in it.
    await page.getByText('1 éléments écartés', { exact: true }).click();
    await page.getByLabel('Classer amenity=bank (1) dans').selectOption('services');
    await page.getByText(/À l’import : 1 nouvelles fiches, 1 mises à jour, 3 inchangées, 1 revendiquées laissées telles quelles ; 0 éléments écartés/).waitFor();
    await commit(page, 6);
    await page.getByText('1 fiches créées, 1 mises à jour, 3 inchangées, 1 revendiquées laissées telles quelles.').waitFor();
    // The open data of OSM origin (ODbL) now has the bank, under services.
    const osmData = await getTenantJson<{ features: Array<{ properties: { osm_id: string; category: string } }> }>(e2e.server, SLUG, '/api/v1/open-data/openstreetmap/listings.geojson');
    assert.equal(osmData.features.find((feature) => feature.properties.osm_id === 'way/106')?.properties.category, 'services');
    const bakery = await getTenantJson<PublicListing>(e2e.server, SLUG, `/api/v1/listings/${ids.get('Boulangerie du Port')}`);
    const grocer = await getTenantJson<PublicListing>(e2e.server, SLUG, `/api/v1/listings/${ids.get('Épicerie Saint-Patern')}`);
    // The API publishes the hours with the tenant's holiday policy applied: compare them as published.
    assert.equal(bakery.openingHours, claimed.openingHours, 'the claimed listing keeps its hours');
    assert.match(bakery.openingHours, /^Mo-Sa 07:00-19:30/);
    assert.match(grocer.openingHours, /^Mo-Sa 08:00-21:00/);
  });
});
