-- GDPR erasures, without any personal data: which listing was erased, and when. After a restore
-- from a backup taken earlier, the erasures recorded since are applied again from this log.
CREATE TABLE erasure_log (
  listing_id TEXT PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  erased_at TEXT NOT NULL
) WITHOUT ROWID;

-- The last stale-information reminder sent for a listing: one reminder per confirmation.
ALTER TABLE listings ADD COLUMN reminder_sent_at TEXT;
CREATE INDEX listings_tenant_confirmed ON listings (tenant_id, last_confirmed_at);

-- Freshness and temporary closures: the date a temporarily closed business reopens (local date,
-- YYYY-MM-DD, as the hours model reads it), and the age after which a tenant's listings show as
-- "to be confirmed".
ALTER TABLE listings ADD COLUMN status_until TEXT;
ALTER TABLE tenants ADD COLUMN stale_after_days INTEGER NOT NULL DEFAULT 30 CHECK (stale_after_days BETWEEN 1 AND 365);
