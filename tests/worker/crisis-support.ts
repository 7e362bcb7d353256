import { env } from 'cloudflare:workers';
import type { CrisisInput } from '#schema/crisis.ts';
import type { BackgroundRunner } from '#worker/services/after-response.ts';
import type { ListingFeatureCollection } from '#schema/listing.ts';
import { request } from './support.ts';
import { addListings, consoleRequest, type Session } from './console-support.ts';

export const LOCKDOWN: CrisisInput = {
  title: { fr: 'Confinement : les commerces ouverts près de chez vous', en: 'Lockdown: open shops near you' },
  message: { fr: 'Retrait et livraison mis en avant.', en: 'Click & collect and delivery first.' },
  endsOn: null,
  highlightStatuses: ['open', 'adapted'],
  highlightServices: ['click_collect', 'delivery'],
};

/** Listings of tenant A around its centre, each with an address of its own. */
export async function shopsWithEmail(count: number): Promise<string[]> {
  const listings = await addListings(1, count, { status: 'open' });
  await env.DB.batch(listings.map((l) => env.DB.prepare('UPDATE listings SET email = ?2 WHERE id = ?1').bind(l.id, `shop-${l.id}@example.fr`)));
  return listings.map((l) => l.id);
}

export function crisisOn(session: Session, input: CrisisInput = LOCKDOWN): Promise<Response> {
  return consoleRequest(session, '/crisis', { method: 'PUT', body: input });
}

/** The map as a visitor sees it; with the bookmark cookie of a write, as its writer sees it. */
export async function mapFeatures(host: string, cookie?: string): Promise<ListingFeatureCollection['features']> {
  const response = await request(host, '/api/v1/listings?bbox=5.2,43.2,5.6,43.4&limit=500', cookie ? { headers: { cookie } } : {});
  const body = await response.json<ListingFeatureCollection>();
  return body.features;
}

export async function outboxCountByListing(tenantId: number): Promise<Map<string, number>> {
  const { results } = await env.DB
    .prepare(`SELECT listing_id, count(*) AS n FROM outbox WHERE tenant_id = ?1 AND subject LIKE '%période%' GROUP BY listing_id`)
    .bind(tenantId)
    .all<{ listing_id: string; n: number }>();
  return new Map(results.map((row) => [row.listing_id, row.n]));
}

/** The answer token of the campaign email a listing received last. */
export async function answerTokenOf(listingId: string): Promise<string> {
  const row = await env.DB.prepare('SELECT body_text FROM outbox WHERE listing_id = ?1 ORDER BY id DESC LIMIT 1').bind(listingId).first<{ body_text: string }>();
  const token = /#token=([A-Za-z0-9_-]+)&answer=/.exec(row?.body_text ?? '')?.[1];
  if (!token) throw new Error(`no campaign email for ${listingId}`);
  return token;
}

export function answer(host: string, body: unknown): Promise<Response> {
  return request(host, '/api/v1/crisis/answers', { method: 'POST', headers: { origin: `http://${host}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * Work a request or a Cron run leaves to waitUntil, held until the test runs it: the background
 * sending is the real code, run at a point the test chooses instead of racing its assertions.
 */
export function heldBackground(): { run: BackgroundRunner; drain(): Promise<void>; readonly waiting: number } {
  const tasks: Array<() => Promise<unknown>> = [];
  return {
    run: (_ctx, _what, task) => void tasks.push(task),
    async drain() {
      while (tasks.length > 0) await tasks.shift()!();
    },
    get waiting() {
      return tasks.length;
    },
  };
}
