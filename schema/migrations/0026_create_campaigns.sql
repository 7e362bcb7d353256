-- "Are you open during this period?": one campaign per crisis period at most. A listing that
-- has not confirmed since started_at shows "to be confirmed" while the crisis lasts.
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  crisis_id INTEGER NOT NULL REFERENCES crisis_periods(id),
  started_at TEXT NOT NULL,
  started_by TEXT NOT NULL,
  -- The tenant host the console ran on: the Cron sends later chunks with links to it.
  origin TEXT NOT NULL,
  UNIQUE (crisis_id)
);

CREATE INDEX campaigns_tenant ON campaigns (tenant_id, started_at);
