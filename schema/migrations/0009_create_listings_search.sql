-- Full-text search over name, products and category, accent- and case-insensitive. Contentless:
-- it stores only the index, and rows are listings.rowid. The `place` column holds tokens of the
-- tenant (tn<tenant>) and of the listing's Hilbert cells at levels 8 to 16 (t<tenant>l<level>c<cell>,
-- TEXT_LEVELS in schema/geo/cells.ts), so that "pain near here" is one index lookup, not every
-- bakery of France. The table is derived data: `wrangler d1 export` refuses FTS5 tables, so
-- backups export the other tables and this one is rebuilt (docs/decisions/004).
CREATE VIRTUAL TABLE listings_search USING fts5(
  name, products, category, place,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW listing_search_documents AS
  SELECT l.rowid AS rowid, l.name AS name, l.products AS products,
    replace(l.category, '_', '') AS category,
    'tn' || l.tenant_id
      || ' t' || l.tenant_id || 'l8c' || (l.h >> 36)
      || ' t' || l.tenant_id || 'l10c' || (l.h >> 32)
      || ' t' || l.tenant_id || 'l12c' || (l.h >> 28)
      || ' t' || l.tenant_id || 'l14c' || (l.h >> 24)
      || ' t' || l.tenant_id || 'l16c' || (l.h >> 20) AS place
  FROM listings l;

CREATE TRIGGER listings_search_after_insert AFTER INSERT ON listings
BEGIN
  INSERT INTO listings_search (rowid, name, products, category, place)
    SELECT rowid, name, products, category, place FROM listing_search_documents WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER listings_search_after_delete AFTER DELETE ON listings
BEGIN
  DELETE FROM listings_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER listings_search_after_update AFTER UPDATE OF tenant_id, name, products, category, h ON listings
BEGIN
  DELETE FROM listings_search WHERE rowid = OLD.rowid;
  INSERT INTO listings_search (rowid, name, products, category, place)
    SELECT rowid, name, products, category, place FROM listing_search_documents WHERE rowid = NEW.rowid;
END;

-- Also the rebuild after a restore: DELETE FROM listings_search; then this statement again.
INSERT INTO listings_search (rowid, name, products, category, place)
  SELECT rowid, name, products, category, place FROM listing_search_documents;
