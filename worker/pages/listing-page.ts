import type { Context } from 'hono';
import { LISTING_PATH } from '#schema/app-paths.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { Language } from '#schema/tenant.ts';
import { campaignStartOf, campaignStartStatement } from '../db/campaign-start.ts';
import { listingOf, listingStatement } from '../db/listings.ts';
import type { Tenant } from '../tenant.ts';
import type { AppEnv } from '../env.ts';
import { requestLanguage } from '../language.ts';
import { markListingUnconfirmedSince } from '../services/crisis-features.ts';
import { instantOf, statusWords } from '../services/listing-status.ts';
import { escapeHtml } from './html.ts';

/** Social networks crop long descriptions; this keeps the useful part. */
const DESCRIPTION_MAX_LENGTH = 200;

const OPEN_GRAPH_LOCALES: Record<Language, string> = { fr: 'fr_FR', en: 'en_GB' };

/**
 * The preview leads with the status at the instant shown ("Fermé · ouvre à 11:30"), as the card
 * does, in the visitor's language.
 */
export function openGraphTags(listing: PublicListing, tenant: Tenant, origin: string, at: Date, language: Language): string {
  const url = `${origin}/l/${listing.id}`;
  const status = statusWords(listing, tenant, at, language);
  const description = `${status} — ${listing.address}, ${listing.postcode} ${listing.commune} — ${tenant.name}`.slice(0, DESCRIPTION_MAX_LENGTH);
  const image = tenant.logoUrl ? new URL(tenant.logoUrl, origin).toString() : `${origin}/icons/tenant-512.png`;
  const tags: Array<[string, string, string]> = [
    ['property', 'og:type', 'place'],
    ['property', 'og:site_name', tenant.name],
    ['property', 'og:title', listing.name],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:image', image],
    ['property', 'og:locale', OPEN_GRAPH_LOCALES[language]],
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
 * in a browser the app then opens the listing's card from the path. The page is in the language
 * asked for, so a cache must keep one copy per Accept-Language.
 */
export async function listingPage(shell: Response, listing: PublicListing, tenant: Tenant, origin: string, at: Date, language: Language): Promise<Response> {
  const html = await shell.text();
  const withTags = html
    .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
    .replace(/<title>[^<]*<\/title>/, '')
    .replace('</head>', `${openGraphTags(listing, tenant, origin, at, language)}\n</head>`);
  return new Response(withTags, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300', vary: 'Accept-Language' },
  });
}

/** `/l/:id` of one of the tenant's listings, with its preview tags; null for any other path. */
export async function renderListingPage(c: Context<AppEnv>, tenant: Tenant): Promise<Response | null> {
  const url = new URL(c.req.url);
  const id = LISTING_PATH.exec(url.pathname)?.[1];
  if (!id) return null;
  const at = instantOf(url.searchParams.get('at') ?? undefined, new Date());
  // The card's own read: the listing, and the running campaign that may make it "to be confirmed".
  const [row, campaign] = await c.env.DB.batch([listingStatement(c.env.DB, tenant.id, id), campaignStartStatement(c.env.DB, tenant, at)]);
  const stored = row ? listingOf(row) : null;
  if (!stored) return null;
  const listing = markListingUnconfirmedSince(stored, campaign ? campaignStartOf(campaign) : null);
  const shell = await c.env.ASSETS.fetch(new Request(new URL('/', url), { headers: { accept: 'text/html' } }));
  if (!shell.ok) return null;
  return listingPage(shell, listing, tenant, url.origin, at, requestLanguage(c));
}
