-- Where the tenant's map background comes from (schema/tile-sources.ts). New tenants get Plan IGN:
-- OpenStreetMap's own tile servers may not be used at this scale or offline.
ALTER TABLE tenants ADD COLUMN tile_source TEXT NOT NULL DEFAULT 'plan-ign' CHECK (tile_source IN ('plan-ign', 'archive', 'custom'));
