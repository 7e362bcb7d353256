-- The old default pointed at tile.openstreetmap.org, which forbids this use; those tenants now
-- draw Plan IGN (the column default of tile_source) and keep no custom template.
UPDATE tenants SET tile_url = '', tile_attribution = '' WHERE tile_url LIKE 'https://tile.openstreetmap.org/%';
