-- Templates on OpenStreetMap's tile subdomains ({s}.tile…, a.tile…) were kept as custom sources
-- by 0062; they are refused like the main host, so those tenants draw Plan IGN as well.
UPDATE tenants SET tile_source = 'plan-ign', tile_url = '', tile_attribution = '' WHERE tile_source = 'custom' AND tile_url LIKE 'https://%tile.openstreetmap.org/%';
