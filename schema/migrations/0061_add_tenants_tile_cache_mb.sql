-- Megabytes of viewed tiles a resident's device keeps for offline use, when the source's licence allows it.
ALTER TABLE tenants ADD COLUMN tile_cache_mb INTEGER NOT NULL DEFAULT 50 CHECK (tile_cache_mb BETWEEN 0 AND 500);
