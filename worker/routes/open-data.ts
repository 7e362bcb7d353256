import { Hono, type Context } from 'hono';
import type { PublicListing } from '#schema/listing.ts';
import { CsvExportQuerySchema } from '#schema/queries.ts';
import { publishedListings, type ListingSource } from '../db/open-data.ts';
import { toFeature } from '../db/listings.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { csvLines } from '../services/csv.ts';
import { publishedHours } from '../services/listing-status.ts';
import { documented } from '../openapi/describe.ts';

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** Listings imported from OpenStreetMap stay under OSM's licence, in files of their own. */
export const OSM_DATA_LICENCE = {
  name: 'Open Database License (ODbL) 1.0',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  attribution: '© OpenStreetMap contributors, https://www.openstreetmap.org/copyright',
};

const LICENCES = { business: OPEN_DATA_LICENCE, osm: OSM_DATA_LICENCE } as const satisfies Record<ListingSource, { name: string; url: string }>;

/** Only what the business chose to publish: no e-mail address, no SIRET. */
const CSV_COLUMNS = ['id', 'name', 'category', 'status', 'status_until', 'address', 'postcode', 'commune', 'commune_insee', 'lat', 'lng', 'phone', 'website', 'services', 'opening_hours', 'last_confirmed_at', 'updated_at'] as const;

function csvRow(listing: PublicListing): Array<string | number | null> {
  return [
    listing.id, listing.name, listing.category, listing.status, listing.statusUntil, listing.address, listing.postcode, listing.commune, listing.communeInsee,
    listing.lat, listing.lng, listing.phone, listing.website, listing.services.join(';'), listing.openingHours, listing.lastConfirmedAt, listing.updatedAt,
  ];
}

function streamed(c: Context<AppEnv>, licensed: ListingSource, contentType: string, filename: string, chunks: () => AsyncGenerator<string>): Response {
  const encoder = new TextEncoder();
  const pages = chunks();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      link: `<${LICENCES[licensed].url}>; rel="license"`,
      'cache-control': 'public, max-age=300',
    },
  });
}

const FILE_SUFFIX = { business: 'commerces', osm: 'commerces-openstreetmap' } as const satisfies Record<ListingSource, string>;

function csvExport(c: Context<AppEnv>, source: ListingSource): Response {
  const tenant = c.get('tenant');
  const osm = source === 'osm';
  const query = CsvExportQuerySchema.safeParse(c.req.query());
  if (!query.success) throw new ApiProblem(400, 'invalid_request', 'request.invalid', { delimiter: ['request.invalid'] });
  const delimiter = query.data.delimiter === 'semicolon' ? ';' : ',';
  return streamed(c, source, 'text/csv; charset=utf-8', `${tenant.slug}-${FILE_SUFFIX[source]}.csv`, async function* () {
    // The BOM makes Excel read the file as UTF-8 (accents in names and communes).
    yield '\uFEFF' + csvLines([osm ? [...CSV_COLUMNS, 'osm_id'] : [...CSV_COLUMNS]], delimiter) + '\r\n';
    for await (const page of publishedListings(c.env.DB, tenant.id, source)) {
      yield csvLines(page.map((stored) => publishedHours(stored, tenant)).map((listing) => (osm ? [...csvRow(listing), listing.osm?.id ?? null] : csvRow(listing))), delimiter) + '\r\n';
    }
  });
}

function geojsonExport(c: Context<AppEnv>, source: ListingSource): Response {
  const tenant = c.get('tenant');
  const attribution = source === 'osm' ? `${OSM_DATA_LICENCE.attribution}; ${tenant.name}` : tenant.name;
  return streamed(c, source, 'application/geo+json; charset=utf-8', `${tenant.slug}-${FILE_SUFFIX[source]}.geojson`, async function* () {
    yield `{"type":"FeatureCollection","licence":${JSON.stringify(LICENCES[source])},"attribution":${JSON.stringify(attribution)},"features":[`;
    let first = true;
    for await (const page of publishedListings(c.env.DB, tenant.id, source)) {
      const features = page.map((stored) => {
        const listing = publishedHours(stored, tenant);
        const feature = toFeature(listing);
        const extra = source === 'osm' ? { osm_id: listing.osm?.id ?? null } : {};
        return JSON.stringify({ ...feature, properties: { ...feature.properties, postcode: listing.postcode, commune_insee: listing.communeInsee, phone: listing.phone, website: listing.website, updated_at: listing.updatedAt, ...extra } });
      });
      yield (first ? '' : ',') + features.join(',');
      first = false;
    }
    yield ']}';
  });
}

/**
 * Two sets of files, one licence each: what businesses declared (Licence Ouverte 2.0) and
 * what was imported from OpenStreetMap (ODbL), which cannot be relicensed.
 */
export const openDataRoutes = new Hono<AppEnv>()
  .get('/listings.csv', documented({ summary: 'Published listings as CSV (UTF-8 with BOM; delimiter=semicolon for Excel in French)', tag: 'Open data', access: 'public', produces: 'text/csv', query: CsvExportQuerySchema }), (c) => csvExport(c, 'business'))
  .get('/listings.geojson', documented({ summary: 'Published listings as GeoJSON', tag: 'Open data', access: 'public', produces: 'application/geo+json' }), (c) => geojsonExport(c, 'business'))
  .get('/openstreetmap/listings.csv', documented({ summary: 'Published listings imported from OpenStreetMap, as CSV (ODbL)', tag: 'Open data', access: 'public', produces: 'text/csv', query: CsvExportQuerySchema }), (c) => csvExport(c, 'osm'))
  .get('/openstreetmap/listings.geojson', documented({ summary: 'Published listings imported from OpenStreetMap, as GeoJSON (ODbL)', tag: 'Open data', access: 'public', produces: 'application/geo+json' }), (c) => geojsonExport(c, 'osm'))
  .get('/', documented({ summary: 'Open data formats and licences', tag: 'Open data', access: 'public' }), (c) =>
    c.json({
      licence: OPEN_DATA_LICENCE,
      formats: { csv: 'listings.csv', geojson: 'listings.geojson' },
      openstreetmap: { licence: OSM_DATA_LICENCE, formats: { csv: 'openstreetmap/listings.csv', geojson: 'openstreetmap/listings.geojson' } },
    }),
  );
