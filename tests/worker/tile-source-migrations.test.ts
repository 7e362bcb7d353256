import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/**
 * Tenants created before tile sources existed: OpenStreetMap's servers (any of its hosts) become
 * Plan IGN, any other template stays as the tenant's custom source. The migrations are replayed
 * on rows written in the old shape.
 */
describe('tile source migrations', () => {
  it("move OpenStreetMap's tile hosts to Plan IGN and keep other templates as custom sources", async () => {
    const tileMigrations = env.TEST_MIGRATIONS.filter((m) => /^006[0-9]_/.test(m.name));
    const insert = env.DB.prepare(
      `INSERT INTO tenants (id, slug, name, centre_lat, centre_lng, bounds_west, bounds_south, bounds_east, bounds_north, tile_source, tile_url, tile_attribution)
       VALUES (?1, ?2, ?2, 43.3, 5.4, 5, 43, 6, 44, 'plan-ign', ?3, ?4)`,
    );
    await env.DB.batch([
      insert.bind(101, 'osm', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', '&copy; OpenStreetMap contributors'),
      insert.bind(102, 'osm-subdomains', 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', '&copy; OpenStreetMap contributors'),
      insert.bind(103, 'licensed', 'https://tiles.cci-a.fr/{z}/{x}/{y}.png', 'CCI A'),
    ]);
    // Replays the tile source migrations on those rows, as a database migrated before them would run them.
    await env.DB.prepare(`DELETE FROM d1_migrations WHERE name IN (${tileMigrations.slice(2).map((m) => `'${m.name}'`).join(', ')})`).run();
    await applyD1Migrations(env.DB, tileMigrations.slice(2));
    const { results } = await env.DB.prepare('SELECT slug, tile_source, tile_url, tile_attribution FROM tenants WHERE id > 100 ORDER BY id').all();
    expect(results).toEqual([
      { slug: 'osm', tile_source: 'plan-ign', tile_url: '', tile_attribution: '' },
      { slug: 'osm-subdomains', tile_source: 'plan-ign', tile_url: '', tile_attribution: '' },
      { slug: 'licensed', tile_source: 'custom', tile_url: 'https://tiles.cci-a.fr/{z}/{x}/{y}.png', tile_attribution: 'CCI A' },
    ]);
  });
});
