-- Moderation. A tenant either publishes a registration at once and reviews it afterwards, or
-- reviews it first. `published` is what the public queries read; `moderation_state` is where the
-- review stands. Listings that existed before were published by their CCI: approved.
ALTER TABLE tenants ADD COLUMN moderation_mode TEXT NOT NULL DEFAULT 'publish_then_review'
  CHECK (moderation_mode IN ('publish_then_review', 'review_first'));

ALTER TABLE listings ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));
ALTER TABLE listings ADD COLUMN moderation_state TEXT NOT NULL DEFAULT 'approved'
  CHECK (moderation_state IN ('pending', 'approved', 'rejected'));

-- Duplicate detection looks a SIRET up within the tenant.
CREATE INDEX listings_tenant_siret ON listings (tenant_id, siret) WHERE siret IS NOT NULL;

-- The per-cell counts (0006) count every row; an unpublished listing must not show in them
-- either. These triggers take its contribution back out, and put it in when it is published.
CREATE TRIGGER listing_cells_unpublished_after_insert AFTER INSERT ON listings WHEN NEW.published = 0
BEGIN
  INSERT INTO listing_cell_changes VALUES (-1, NEW.tenant_id, NEW.category, NEW.status, NEW.h, NEW.lat, NEW.lng);
END;

CREATE TRIGGER listing_cells_unpublished_after_delete AFTER DELETE ON listings WHEN OLD.published = 0
BEGIN
  INSERT INTO listing_cell_changes VALUES (1, OLD.tenant_id, OLD.category, OLD.status, OLD.h, OLD.lat, OLD.lng);
END;

CREATE TRIGGER listing_cells_unpublished_after_update AFTER UPDATE OF tenant_id, category, status, lat, lng, h, published ON listings
  WHEN OLD.published = 0 OR NEW.published = 0
BEGIN
  INSERT INTO listing_cell_changes SELECT 1, OLD.tenant_id, OLD.category, OLD.status, OLD.h, OLD.lat, OLD.lng WHERE OLD.published = 0;
  INSERT INTO listing_cell_changes SELECT -1, NEW.tenant_id, NEW.category, NEW.status, NEW.h, NEW.lat, NEW.lng WHERE NEW.published = 0;
END;
