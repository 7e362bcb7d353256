-- Sites allowed to frame a tenant's /embed page (its Content-Security-Policy frame-ancestors).
CREATE TABLE tenant_embed_origins (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  PRIMARY KEY (tenant_id, origin)
) WITHOUT ROWID;
