-- A counter that moves whenever any listing of the tenant changes: public answers are cached at
-- the edge under a key holding it, so a write makes every older cached answer unreachable.
ALTER TABLE tenants ADD COLUMN data_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER tenants_data_version_after_listing_insert AFTER INSERT ON listings
BEGIN
  UPDATE tenants SET data_version = data_version + 1 WHERE id = NEW.tenant_id;
END;

CREATE TRIGGER tenants_data_version_after_listing_update AFTER UPDATE ON listings
BEGIN
  UPDATE tenants SET data_version = data_version + 1 WHERE id IN (OLD.tenant_id, NEW.tenant_id);
END;

CREATE TRIGGER tenants_data_version_after_listing_delete AFTER DELETE ON listings
BEGIN
  UPDATE tenants SET data_version = data_version + 1 WHERE id = OLD.tenant_id;
END;
