-- The OpenStreetMap element a listing was imported from ('node/123', 'way/456'); NULL for the
-- listings businesses declared. Re-imports find their listing by it (docs/decisions/010-osm-import.md).
ALTER TABLE listings ADD COLUMN osm_id TEXT;
