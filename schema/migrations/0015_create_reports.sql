-- Residents' reports of wrong information, waiting in the CCI's moderation queue. The reporter
-- is kept only as a salted daily hash, enough to limit floods without storing an IP address.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  listing_id TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('closed', 'wrong_hours', 'wrong_place', 'other')),
  comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
  reporter_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  created_at TEXT NOT NULL
);

-- The moderation queue reads a tenant's open reports, newest first.
CREATE INDEX reports_tenant_status_created ON reports (tenant_id, status, created_at);
-- The rate limit counts one reporter's recent reports.
CREATE INDEX reports_reporter_created ON reports (tenant_id, reporter_hash, created_at);
