-- A host name a CCI's admin added in the console, waiting until the CCI proves it controls it (a
-- DNS TXT record carrying the token). Until then the host serves nothing: tenant_hosts alone
-- resolves tenants. Several CCIs may claim the same name; the first to prove it gets it.
CREATE TABLE tenant_host_claims (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  host TEXT NOT NULL,
  token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, host)
) WITHOUT ROWID;
