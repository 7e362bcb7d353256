-- Private-link emails the provider refused or could not take. Only who and when is kept: the
-- retry issues a fresh link, so no token ever waits here in clear text.
CREATE TABLE link_mail_retries (
  listing_id TEXT PRIMARY KEY REFERENCES listings(id) ON DELETE CASCADE,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
  origin TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT
) WITHOUT ROWID;

CREATE INDEX link_mail_retries_due ON link_mail_retries (next_attempt_at);
