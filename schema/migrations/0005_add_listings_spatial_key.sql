-- Spatial key: the position of (lat, lng) along a Hilbert curve over the whole world, computed by
-- hilbertKey() in schema/geo/hilbert.ts (26 bits per axis). A viewport becomes a few key ranges
-- of one index followed by an exact lat/lng filter. See docs/decisions/003-spatial-key.md.
ALTER TABLE listings ADD COLUMN h INTEGER;

-- Rows written before this migration get their key here, by the same arithmetic as hilbertIndex():
-- n = 2^26, s halves from 2^25 to 1, quadrant (3·rx) xor ry, rotation when ry = 0. (iif, not
-- CASE … END: wrangler's statement splitter takes that END for the end of a trigger.)
UPDATE listings SET h = (
  WITH RECURSIVE walk(x, y, s, d) AS (
    SELECT min(67108863, CAST((listings.lng + 180) / 360 * 67108864 AS INTEGER)),
           min(67108863, CAST((listings.lat + 90) / 180 * 67108864 AS INTEGER)),
           33554432, 0
    UNION ALL
    SELECT
      iif((y & s) = 0, iif((x & s) <> 0, 67108863 - y, y), x),
      iif((y & s) = 0, iif((x & s) <> 0, 67108863 - x, x), y),
      s / 2,
      d + s * s * iif((x & s) <> 0, iif((y & s) <> 0, 2, 3), iif((y & s) <> 0, 1, 0))
    FROM walk WHERE s >= 1
  )
  SELECT d FROM walk WHERE s = 0
);

-- A listing without its key would be invisible on the map: refuse it on every write path.
CREATE TRIGGER listings_h_required_on_insert BEFORE INSERT ON listings WHEN NEW.h IS NULL
BEGIN
  SELECT RAISE(ABORT, 'listings.h is required: set it with hilbertKey(lat, lng)');
END;

CREATE TRIGGER listings_h_required_on_update BEFORE UPDATE OF h ON listings WHEN NEW.h IS NULL
BEGIN
  SELECT RAISE(ABORT, 'listings.h is required: set it with hilbertKey(lat, lng)');
END;

-- Equality columns first, the curve key last: each key range is one seek in the tenant's (or the
-- tenant's category's) part of the index.
CREATE INDEX listings_tenant_h ON listings (tenant_id, h);
CREATE INDEX listings_tenant_category_h ON listings (tenant_id, category, h);

-- The (lat, lng) index can range on latitude only and reads 12–22 rows per row returned; the key
-- indexes replace it.
DROP INDEX listings_tenant_lat_lng;
