import type { Context } from 'hono';
import type { PublicListing } from '#schema/listing.ts';
import { findListing } from '../db/listings.ts';
import type { Tenant } from '../tenant.ts';
import type { AppEnv } from '../env.ts';
import { instantOf, statusWords } from '../services/listing-status.ts';
import { escapeHtml } from './html.ts';

/** Social networks crop long descriptions; this keeps the useful part. */
const DESCRIPTION_MAX_LENGTH = 200;

/** The preview leads with the status at the instant shown ("Fermé · ouvre à 11:30"), as the card does. */
export function openGraphTags(listing: PublicListing, tenant: Tenant, origin: string, at: Date): string {
  const url = `${origin}/l/${listing.id}`;
  const status = statusWords(listing, tenant, at, tenant.defaultLanguage);
  const description = `${status} — ${listing.address}, ${listing.postcode} ${listing.commune} — ${tenant.name}`.slice(0, DESCRIPTION_MAX_LENGTH);
  const image = tenant.logoUrl ? new URL(tenant.logoUrl, origin).toString() : `${origin}/icons/tenant-512.png`;
  const tags: Array<[string, string, string]> = [
    ['property', 'og:type', 'place'],
    ['property', 'og:site_name', tenant.name],
    ['property', 'og:title', listing.name],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:image', image],
    ['property', 'og:locale', tenant.defaultLanguage === 'fr' ? 'fr_FR' : 'en_GB'],
    ['property', 'place:location:latitude', String(listing.lat)],
    ['property', 'place:location:longitude', String(listing.lng)],
    ['name', 'twitter:card', 'summary'],
    ['name', 'description', description],
  ];
  return [
    `<title>${escapeHtml(`${listing.name} — ${tenant.name}`)}</title>`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    ...tags.map(([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`),
  ].join('\n');
}

/**
 * The app shell with the listing's title and Open Graph tags, so a shared link shows a preview;
 * in a browser the app then opens the listing's card from the path.
 */
export async function listingPage(shell: Response, listing: PublicListing, tenant: Tenant, origin: string, at: Date): Promise<Response> {
  const html = await shell.text();
  const withTags = html.replace(/<title>[^<]*<\/title>/, '').replace('</head>', `${openGraphTags(listing, tenant, origin, at)}\n</head>`);
  return new Response(withTags, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}

const LISTING_PATH = /^\/l\/([0-9a-z]{1,32})\/?$/;

/** `/l/:id` of one of the tenant's listings, with its preview tags; null for any other path. */
export async function renderListingPage(c: Context<AppEnv>, tenant: Tenant): Promise<Response | null> {
  const url = new URL(c.req.url);
  const id = LISTING_PATH.exec(url.pathname)?.[1];
  if (!id) return null;
  const listing = await findListing(c.env.DB, tenant.id, id);
  if (!listing) return null;
  const shell = await c.env.ASSETS.fetch(new Request(new URL('/', url), { headers: { accept: 'text/html' } }));
  if (!shell.ok) return null;
  return listingPage(shell, listing, tenant, url.origin, instantOf(url.searchParams.get('at') ?? undefined, new Date()));
}
