import { Hono } from 'hono';
import { EmbedQuerySchema } from '#schema/console/embed.ts';
import type { PublicListing } from '#schema/listing.ts';
import type { Language } from '#schema/tenant.ts';
import { embedListings } from '../db/console-embed.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { escapeHtml } from './html.ts';

const STATUS_LABELS: Record<Language, Record<PublicListing['status'], string>> = {
  fr: { open: 'Ouvert', adapted: 'Ouvert avec adaptations', temporarily_closed: 'Fermé temporairement', permanently_closed: 'Fermé définitivement' },
  en: { open: 'Open', adapted: 'Open with adaptations', temporarily_closed: 'Temporarily closed', permanently_closed: 'Closed for good' },
};

const TEXTS: Record<Language, { heading: string; none: string; full: string; hours: string }> = {
  fr: { heading: 'Commerces ouverts', none: 'Aucun commerce ne correspond.', full: 'Voir la carte complète', hours: 'Horaires' },
  en: { heading: 'Open businesses', none: 'No business matches.', full: 'See the full map', hours: 'Hours' },
};

function item(listing: PublicListing, language: Language): string {
  return `<li class="item status-${listing.status}">
<a href="/l/${escapeHtml(listing.id)}" target="_blank" rel="noopener"><strong>${escapeHtml(listing.name)}</strong></a>
<span class="status">${STATUS_LABELS[language][listing.status]}</span>
<span class="where">${escapeHtml(`${listing.address}, ${listing.commune}`)}</span>
${listing.openingHours ? `<span class="hours">${TEXTS[language].hours} : <code>${escapeHtml(listing.openingHours)}</code></span>` : ''}
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
  const listings = await embedListings(c.env.DB, tenant.id, parsed.data);
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
.status{font-size:.9rem}.status-temporarily_closed .status,.status-permanently_closed .status{color:#8a1c1c}
.where,.hours{font-size:.85rem;color:#444}a{color:#0b4f9c}footer{padding:.5rem 1rem}
</style>
</head>
<body>
<header><h1>${escapeHtml(`${text.heading} — ${tenant.name}`)}</h1></header>
<main>${listings.length === 0 ? `<p>${text.none}</p>` : `<ul>${listings.map((l) => item(l, language)).join('')}</ul>`}</main>
<footer><a href="/" target="_blank" rel="noopener">${text.full}</a></footer>
</body>
</html>`);
});
