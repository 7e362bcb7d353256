-- When the business opened the private link of a listing imported from OpenStreetMap: from then
-- on it is theirs, and re-imports leave it alone. NULL: not claimed (or not from OSM).
ALTER TABLE listings ADD COLUMN osm_claimed_at TEXT;
