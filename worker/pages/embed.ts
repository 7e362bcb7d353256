import { Hono } from 'hono';
import { EmbedQuerySchema } from '#schema/console/embed.ts';
import { formatOpenStatus, meetsOpenFilter, statusTone, type OpenStatus } from '#schema/hours/index.ts';
import { describeOpeningHours } from '#schema/hours/describe.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { Tenant } from '../tenant.ts';
import type { Language } from '#schema/tenant.ts';
import { embedListings } from '../db/console-embed.ts';
import { readAccessibility } from '../db/accessibility.ts';
import { conformityMention, STATEMENT_PATH } from '#schema/accessibility-mention.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { publicStatusAt } from '../services/listing-status.ts';
import { escapeHtml, FOCUS_CSS } from './html.ts';

const TEXTS: Record<Language, { heading: string; none: string; full: string; hours: string }> = {
  fr: { heading: 'Commerces près de chez vous', none: 'Aucun commerce ne correspond.', full: 'Voir la carte complète', hours: 'Horaires' },
  en: { heading: 'Local businesses', none: 'No business matches.', full: 'See the full map', hours: 'Hours' },
};

/** The hours in sentences, as the app says them; text the model cannot read is shown as typed. */
function hoursText(openingHours: string, language: Language): string {
  const lines = describeOpeningHours(openingHours, language);
  return lines ? lines.map(escapeHtml).join(' · ') : `<code>${escapeHtml(openingHours)}</code>`;
}

/** Each business with its status now, as the map says it: never "Ouvert" on its closed day. */
function item(listing: PublicListing, status: OpenStatus, language: Language): string {
  return `<li class="item tone-${statusTone(status)}">
<a href="/l/${escapeHtml(listing.id)}" target="_blank" rel="noopener"><strong>${escapeHtml(listing.name)}</strong></a>
<span class="status">${escapeHtml(formatOpenStatus(status, language))}</span>
<span class="where">${escapeHtml(`${listing.address}, ${listing.commune}`)}</span>
${listing.openingHours ? `<span class="hours">${TEXTS[language].hours}${language === 'fr' ? ' :' : ':'} ${hoursText(listing.openingHours, language)}</span>` : ''}
</li>`;
}

/**
 * The page a CCI frames on its own site: plain HTML, no script, a few kilobytes, the tenant's
 * colours. Only the sites set in the console may frame it (frame-ancestors, set by the security
 * headers middleware).
 */
export const embedPageRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const parsed = EmbedQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiProblem(400, 'invalid_request', 'request.invalid');
  const tenant = c.get('tenant');
  const language: Language = parsed.data.lang ?? tenant.defaultLanguage;
  const now = new Date();
  // "Open only" keeps the places open now, as the map's filter does, not those merely declared open.
  const accessibility = await readAccessibility(c.env.DB, tenant.id);
  const listings = (await embedListings(c.env.DB, tenant.id, parsed.data))
    .map((listing) => ({ listing, status: publicStatusAt(listing, tenant, now) }))
    .filter(({ status }) => parsed.data.open !== '1' || meetsOpenFilter(status));
  const text = TEXTS[language];
  return c.html(`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${text.heading} — ${tenant.name}`)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1a1a1a}
header{background:${tenant.colourPrimary};color:${tenant.colourOnPrimary};padding:.5rem 1rem}
h1{font-size:1.1rem;margin:0}ul{list-style:none;margin:0;padding:0 1rem}
.item{border-bottom:1px solid #ddd;padding:.5rem 0;display:grid;gap:.1rem}
.status{font-size:.9rem;font-weight:600}.tone-open .status{color:#1b7a3a}.tone-closed .status,.tone-paused .status{color:#8a1c1c}
.where,.hours{font-size:.85rem;color:#444}a{color:#0b4f9c}footer{padding:.5rem 1rem}${FOCUS_CSS}
</style>
</head>
<body>
<header><h1>${escapeHtml(`${text.heading} — ${tenant.name}`)}</h1></header>
<main>${listings.length === 0 ? `<p>${text.none}</p>` : `<ul>${listings.map(({ listing, status }) => item(listing, status, language)).join('')}</ul>`}</main>
<footer><a href="/" target="_blank" rel="noopener">${text.full}</a> · <a href="${STATEMENT_PATH}" target="_blank" rel="noopener">${escapeHtml(conformityMention(accessibility.level, language))}</a></footer>
</body>
</html>`);
});
