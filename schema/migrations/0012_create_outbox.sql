-- Emails as sent through the local mailer: development and tests read them here instead of an
-- inbox. Production sends through a real provider and writes nothing to this table.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  listing_id TEXT,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX outbox_tenant_created ON outbox (tenant_id, created_at);
CREATE INDEX outbox_listing ON outbox (listing_id);
