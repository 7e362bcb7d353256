-- Tenant resolution reads one row by primary key per request: a host belongs to one tenant.
CREATE TABLE tenant_hosts (
  host TEXT PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE
) WITHOUT ROWID;
