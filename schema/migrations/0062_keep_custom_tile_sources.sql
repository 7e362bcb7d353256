-- A tenant that had set its own tile template keeps it, now as a custom source; tile_url and
-- tile_attribution hold that custom source from here on.
UPDATE tenants SET tile_source = 'custom' WHERE tile_url NOT LIKE 'https://tile.openstreetmap.org/%' AND tile_url <> '';
