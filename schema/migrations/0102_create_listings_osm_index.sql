-- One listing per OSM element and tenant; the re-import's upsert targets it.
CREATE UNIQUE INDEX listings_tenant_osm ON listings (tenant_id, osm_id) WHERE osm_id IS NOT NULL;
