-- Crisis mode: one row per period a CCI ran it, kept after it ends so that statistics can
-- split days inside a crisis from the others. A period is active while ended_at is NULL and its
-- optional last day (ends_on, tenant calendar) has not passed; at most one period per tenant is not ended.
CREATE TABLE crisis_periods (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  title_fr TEXT NOT NULL,
  title_en TEXT,
  message_fr TEXT NOT NULL,
  message_en TEXT,
  highlight_statuses TEXT NOT NULL DEFAULT '[]',
  highlight_services TEXT NOT NULL DEFAULT '[]',
  started_at TEXT NOT NULL,
  ends_on TEXT,
  ended_at TEXT
);

CREATE UNIQUE INDEX crisis_periods_one_open ON crisis_periods (tenant_id) WHERE ended_at IS NULL;
CREATE INDEX crisis_periods_tenant_started ON crisis_periods (tenant_id, started_at);
