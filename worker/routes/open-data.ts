import { Hono, type Context } from 'hono';
import type { PublicListing } from '#schema/listing.ts';
import { publishedListings } from '../db/open-data.ts';
import { toFeature } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { csvLines } from '../services/csv.ts';

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** Only what the business chose to publish: no e-mail address, no SIRET. */
const CSV_COLUMNS = ['id', 'name', 'category', 'status', 'address', 'postcode', 'commune', 'commune_insee', 'lat', 'lng', 'phone', 'website', 'services', 'opening_hours', 'last_confirmed_at', 'updated_at'] as const;

function csvRow(listing: PublicListing): Array<string | number | null> {
  return [
    listing.id, listing.name, listing.category, listing.status, listing.address, listing.postcode, listing.commune, listing.communeInsee,
    listing.lat, listing.lng, listing.phone, listing.website, listing.services.join(';'), listing.openingHours, listing.lastConfirmedAt, listing.updatedAt,
  ];
}

function streamed(c: Context<AppEnv>, contentType: string, filename: string, chunks: () => AsyncGenerator<string>): Response {
  const encoder = new TextEncoder();
  const source = chunks();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
      'cache-control': 'public, max-age=300',
    },
  });
}

export const openDataRoutes = new Hono<AppEnv>()
  .get('/listings.csv', (c) => {
    const tenant = c.get('tenant');
    return streamed(c, 'text/csv; charset=utf-8', `${tenant.slug}-commerces.csv`, async function* () {
      // The BOM makes Excel read the file as UTF-8 (accents in names and communes).
      yield '\uFEFF' + csvLines([[...CSV_COLUMNS]]) + '\r\n';
      for await (const page of publishedListings(c.env.DB, tenant.id)) yield csvLines(page.map(csvRow)) + '\r\n';
    });
  })
  .get('/listings.geojson', (c) => {
    const tenant = c.get('tenant');
    return streamed(c, 'application/geo+json; charset=utf-8', `${tenant.slug}-commerces.geojson`, async function* () {
      yield `{"type":"FeatureCollection","licence":${JSON.stringify(OPEN_DATA_LICENCE)},"attribution":${JSON.stringify(tenant.name)},"features":[`;
      let first = true;
      for await (const page of publishedListings(c.env.DB, tenant.id)) {
        const features = page.map((listing) => {
          const feature = toFeature(listing);
          return JSON.stringify({ ...feature, properties: { ...feature.properties, postcode: listing.postcode, commune_insee: listing.communeInsee, phone: listing.phone, website: listing.website, updated_at: listing.updatedAt } });
        });
        yield (first ? '' : ',') + features.join(',');
        first = false;
      }
      yield ']}';
    });
  })
  .get('/', (c) => c.json({ licence: OPEN_DATA_LICENCE, formats: { csv: 'listings.csv', geojson: 'listings.geojson' } }));
