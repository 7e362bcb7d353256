-- A CCI's own additions and corrections to the OSM tag → category table of its imports
-- (schema/osm/categories.ts holds the defaults): `tag` is `key=value` (shop=deli).
CREATE TABLE tenant_osm_categories (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  tag TEXT NOT NULL,
  category TEXT NOT NULL,
  PRIMARY KEY (tenant_id, tag)
);
