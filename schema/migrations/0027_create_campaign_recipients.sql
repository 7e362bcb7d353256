-- One row per listing of a campaign: the unit of work of the resumable sender and the answer
-- the console shows. A row is claimed ('sending') before its email goes and marked 'sent' after,
-- so a run interrupted at any point never mails a listing twice; a claim older than the lease
-- is taken again only when the mailer never reported back. The one-tap answer token is stored
-- as its SHA-256 only, single use (token_used_at) and expiring (token_expires_at).
CREATE TABLE campaign_recipients (
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  listing_id TEXT NOT NULL,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'sending', 'sent', 'answered', 'bounced', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT,
  sent_at TEXT,
  last_error TEXT,
  token_hash TEXT,
  token_expires_at TEXT,
  token_used_at TEXT,
  answer TEXT,
  answered_at TEXT,
  PRIMARY KEY (campaign_id, listing_id)
) WITHOUT ROWID;

CREATE INDEX campaign_recipients_state ON campaign_recipients (campaign_id, state);
CREATE UNIQUE INDEX campaign_recipients_token ON campaign_recipients (token_hash) WHERE token_hash IS NOT NULL;
CREATE INDEX campaign_recipients_listing ON campaign_recipients (tenant_id, listing_id);
