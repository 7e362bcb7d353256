-- Public use per tenant and day, counted without personal data: no address, no identifier, only
-- a number per metric (searches, listing views, map loads).
CREATE TABLE daily_counts (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  metric TEXT NOT NULL CHECK (metric IN ('search', 'listing_view', 'map_view')),
  n INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, metric, day)
) WITHOUT ROWID;
