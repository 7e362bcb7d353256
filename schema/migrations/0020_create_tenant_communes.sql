-- The communes of a tenant's territory, by INSEE code: filters of the console, and where an
-- imported row without coordinates is placed (the commune's centroid).
CREATE TABLE tenant_communes (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  insee TEXT NOT NULL,
  PRIMARY KEY (tenant_id, insee)
) WITHOUT ROWID;
