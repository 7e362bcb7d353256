-- When a re-import found the listing's element gone from OpenStreetMap and the CCI took the
-- listing off the map for it. NULL otherwise: a listing unpublished by moderation is not one,
-- and only these come back on the map when their element is in a later export again.
ALTER TABLE listings ADD COLUMN osm_gone_at TEXT;
