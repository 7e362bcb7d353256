import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '#schema/categories.ts';
import { hilbertKey } from '#schema/geo/hilbert.ts';
import type { ClusterFeatureCollection, ListingsAnswer } from '#schema/listing.ts';
import { LISTING_STATUSES } from '#schema/status.ts';
import { createRandom } from '#seed/random.ts';
import { PLACES, buildGeoListings } from './geo-fixtures.ts';
import { TENANT_A, TENANT_B, insertListings, insertTenants, request } from './support.ts';

const now = new Date('2026-11-20T10:00:00Z');
const listings = buildGeoListings(21, TENANT_A.id, 40, now);

type CellRow = { tenant_id: number; category: string; level: number; cell: number; n: number; n_open: number; n_adapted: number; n_temporarily_closed: number; n_permanently_closed: number; sum_lat_e6: number; sum_lng_e6: number };

/** The counts as they would be if recomputed from scratch over the published listings. */
async function recomputed(): Promise<CellRow[]> {
  const { results } = await env.DB.prepare(`SELECT l.tenant_id, c.value AS category, lv.value AS level, l.h >> (52 - 2 * lv.value) AS cell, count(*) AS n,
      sum(l.status = 'open') AS n_open, sum(l.status = 'adapted') AS n_adapted, sum(l.status = 'temporarily_closed') AS n_temporarily_closed,
      sum(l.status = 'permanently_closed') AS n_permanently_closed,
      sum(CAST(round(l.lat * 1000000) AS INTEGER)) AS sum_lat_e6, sum(CAST(round(l.lng * 1000000) AS INTEGER)) AS sum_lng_e6
    FROM listings l, json_each('[4,6,8,10,12,14,16]') lv, json_each(json_array('', l.category)) c
    WHERE l.published = 1
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`).all<CellRow>();
  return results;
}

async function maintained(): Promise<CellRow[]> {
  const { results } = await env.DB.prepare(`SELECT tenant_id, category, level, cell, n, n_open, n_adapted, n_temporarily_closed, n_permanently_closed, sum_lat_e6, sum_lng_e6
    FROM listing_cells ORDER BY 1, 2, 3, 4`).all<CellRow>();
  return results;
}

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A }, { tenant: TENANT_B });
  await insertListings(listings);
});

describe('per-cell listing counts', () => {
  it('equal a recount from scratch after inserts, moves, edits, tenant changes and deletes', async () => {
    expect(await maintained()).toEqual(await recomputed());
    const random = createRandom(5);
    for (let round = 0; round < 60; round++) {
      const target = random.pick(listings);
      const roll = random.next();
      if (roll < 0.3) {
        const place = random.pick(PLACES);
        const lat = place.lat + random.gaussian() * 0.3;
        const lng = place.lng + random.gaussian() * 0.3;
        await env.DB.prepare('UPDATE listings SET lat = ?1, lng = ?2, h = ?3 WHERE id = ?4').bind(lat, lng, hilbertKey(lat, lng), target.id).run();
      } else if (roll < 0.55) {
        await env.DB.prepare('UPDATE listings SET status = ?1 WHERE id = ?2').bind(random.pick(LISTING_STATUSES), target.id).run();
      } else if (roll < 0.75) {
        await env.DB.prepare('UPDATE listings SET category = ?1, name = ?2 WHERE id = ?3').bind(random.pick<Category>(CATEGORIES), `Renamed ${round}`, target.id).run();
      } else if (roll < 0.85) {
        await env.DB.prepare('UPDATE listings SET tenant_id = ?1 WHERE id = ?2').bind(random.pick([TENANT_A.id, TENANT_B.id]), target.id).run();
      } else {
        await env.DB.prepare('DELETE FROM listings WHERE id = ?1').bind(target.id).run();
      }
    }
    expect(await maintained()).toEqual(await recomputed());
  });

  it('holds no empty cell, so that a zoomed-out map reads only what it draws', async () => {
    const row = await env.DB.prepare('SELECT count(*) AS n FROM listing_cells WHERE n <= 0').first<{ n: number }>();
    expect(row?.n).toBe(0);
  });
});

describe('GET /api/v1/listings on a box holding more than the limit', () => {
  it('answers clusters whose counts add up to the listings of the tenant, per status', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/listings?bbox=-180,-90,180,90&limit=10');
    const answer = await response.json<ListingsAnswer>();
    expect(answer.kind).toBe('clusters');
    const clusters = answer as ClusterFeatureCollection;
    const { results } = await env.DB.prepare('SELECT status, count(*) AS n FROM listings WHERE tenant_id = ?1 AND published = 1 GROUP BY status').bind(TENANT_A.id).all<{ status: string; n: number }>();
    const total = results.reduce((sum, r) => sum + r.n, 0);
    expect(clusters.features.reduce((sum, f) => sum + f.properties.count, 0)).toBe(total);
    for (const status of LISTING_STATUSES) {
      const expected = results.find((r) => r.status === status)?.n ?? 0;
      expect(clusters.features.reduce((sum, f) => sum + f.properties.statuses[status], 0)).toBe(expected);
    }
    for (const feature of clusters.features) {
      const [lng, lat] = feature.geometry.coordinates;
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lng)).toBeLessThanOrEqual(180);
    }
  });

  it('counts only the categories asked for, and names the filters counts cannot honour', async () => {
    const response = await request('tenant-a.localhost', '/api/v1/listings?bbox=-180,-90,180,90&limit=1&category=bakery&service=click_collect');
    const answer = await response.json<ClusterFeatureCollection>();
    expect(answer.kind).toBe('clusters');
    const row = await env.DB.prepare("SELECT count(*) AS n FROM listings WHERE tenant_id = ?1 AND published = 1 AND category = 'bakery'").bind(TENANT_A.id).first<{ n: number }>();
    expect(answer.features.reduce((sum, f) => sum + f.properties.count, 0)).toBe(row?.n);
    expect(answer.ignoredFilters).toEqual(['service']);
  });

  it('answers points when the box holds no more than the limit', async () => {
    const answer = await (await request('tenant-a.localhost', '/api/v1/listings?bbox=55.3,-21.2,55.7,-20.7&limit=2000')).json<ListingsAnswer>();
    expect(answer.kind).toBe('listings');
  });
});
