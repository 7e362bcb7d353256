-- Listing counts per Hilbert cell, for zoomed-out maps: a cell of level L holds the keys sharing
-- their first 2L bits (cell = h >> (52 - 2L)). Levels 4 to 16, every other one (CLUSTER_LEVELS in
-- schema/geo/cells.ts); category '' counts every category. Kept exact by the triggers below, which
-- fire for every write path. Coordinates are summed in integer microdegrees so that adding and
-- removing a listing gives back exactly the same centroid.
CREATE TABLE listing_cells (
  tenant_id INTEGER NOT NULL,
  category TEXT NOT NULL,
  level INTEGER NOT NULL,
  cell INTEGER NOT NULL,
  n INTEGER NOT NULL,
  n_open INTEGER NOT NULL,
  n_adapted INTEGER NOT NULL,
  n_temporarily_closed INTEGER NOT NULL,
  n_permanently_closed INTEGER NOT NULL,
  sum_lat_e6 INTEGER NOT NULL,
  sum_lng_e6 INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, category, level, cell)
) WITHOUT ROWID;

-- Every change reaches the counts through this view, one signed row per listing added (+1) or
-- removed (-1), so that the arithmetic is written once for inserts, updates and deletes.
CREATE VIEW listing_cell_changes AS
  SELECT 0 AS sign, 0 AS tenant_id, '' AS category, '' AS status, 0 AS h, 0.0 AS lat, 0.0 AS lng WHERE 0;

CREATE TRIGGER listing_cell_changes_apply INSTEAD OF INSERT ON listing_cell_changes
BEGIN
  INSERT INTO listing_cells (tenant_id, category, level, cell, n, n_open, n_adapted, n_temporarily_closed, n_permanently_closed, sum_lat_e6, sum_lng_e6)
  SELECT NEW.tenant_id, c.value, lv.value, NEW.h >> (52 - 2 * lv.value), NEW.sign,
    NEW.sign * (NEW.status = 'open'), NEW.sign * (NEW.status = 'adapted'),
    NEW.sign * (NEW.status = 'temporarily_closed'), NEW.sign * (NEW.status = 'permanently_closed'),
    NEW.sign * CAST(round(NEW.lat * 1000000) AS INTEGER), NEW.sign * CAST(round(NEW.lng * 1000000) AS INTEGER)
  FROM json_each('[4,6,8,10,12,14,16]') lv, json_each(json_array('', NEW.category)) c WHERE true
  ON CONFLICT (tenant_id, category, level, cell) DO UPDATE SET
    n = n + excluded.n, n_open = n_open + excluded.n_open, n_adapted = n_adapted + excluded.n_adapted,
    n_temporarily_closed = n_temporarily_closed + excluded.n_temporarily_closed,
    n_permanently_closed = n_permanently_closed + excluded.n_permanently_closed,
    sum_lat_e6 = sum_lat_e6 + excluded.sum_lat_e6, sum_lng_e6 = sum_lng_e6 + excluded.sum_lng_e6;
  -- Empty cells go, so that a zoomed-out map reads only cells it draws.
  DELETE FROM listing_cells WHERE n = 0 AND (tenant_id, category, level, cell) IN (
    SELECT NEW.tenant_id, c.value, lv.value, NEW.h >> (52 - 2 * lv.value)
    FROM json_each('[4,6,8,10,12,14,16]') lv, json_each(json_array('', NEW.category)) c);
END;

CREATE TRIGGER listing_cells_after_insert AFTER INSERT ON listings
BEGIN
  INSERT INTO listing_cell_changes VALUES (1, NEW.tenant_id, NEW.category, NEW.status, NEW.h, NEW.lat, NEW.lng);
END;

CREATE TRIGGER listing_cells_after_delete AFTER DELETE ON listings
BEGIN
  INSERT INTO listing_cell_changes VALUES (-1, OLD.tenant_id, OLD.category, OLD.status, OLD.h, OLD.lat, OLD.lng);
END;

CREATE TRIGGER listing_cells_after_update AFTER UPDATE OF tenant_id, category, status, lat, lng, h ON listings
BEGIN
  INSERT INTO listing_cell_changes VALUES (-1, OLD.tenant_id, OLD.category, OLD.status, OLD.h, OLD.lat, OLD.lng);
  INSERT INTO listing_cell_changes VALUES (1, NEW.tenant_id, NEW.category, NEW.status, NEW.h, NEW.lat, NEW.lng);
END;

-- Listings that exist before this migration are counted once, from scratch.
INSERT INTO listing_cells (tenant_id, category, level, cell, n, n_open, n_adapted, n_temporarily_closed, n_permanently_closed, sum_lat_e6, sum_lng_e6)
SELECT l.tenant_id, c.value, lv.value, l.h >> (52 - 2 * lv.value), count(*),
  sum(l.status = 'open'), sum(l.status = 'adapted'), sum(l.status = 'temporarily_closed'), sum(l.status = 'permanently_closed'),
  sum(CAST(round(l.lat * 1000000) AS INTEGER)), sum(CAST(round(l.lng * 1000000) AS INTEGER))
FROM listings l, json_each('[4,6,8,10,12,14,16]') lv, json_each(json_array('', l.category)) c
GROUP BY 1, 2, 3, 4;
