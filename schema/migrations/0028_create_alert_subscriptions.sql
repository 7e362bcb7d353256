-- Residents who follow a listing. The email address or the push endpoint (with its keys) is the
-- only personal data; deleting the row erases it. Tokens are stored as SHA-256: confirm_hash for
-- the double opt-in, unsubscribe_hash for the link in every email. That link must be in every
-- alert, so its token is re-derived when sending: an HMAC, under a deployment secret, of the
-- random unsubscribe_salt; the salt alone opens nothing.
CREATE TABLE alert_subscriptions (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  listing_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'push')),
  address TEXT NOT NULL,
  p256dh TEXT,
  auth TEXT,
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  confirm_hash TEXT,
  unsubscribe_salt TEXT NOT NULL,
  unsubscribe_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  last_alert_at TEXT,
  UNIQUE (tenant_id, listing_id, channel, address)
);

CREATE INDEX alert_subscriptions_listing ON alert_subscriptions (tenant_id, listing_id) WHERE confirmed_at IS NOT NULL;
CREATE UNIQUE INDEX alert_subscriptions_confirm ON alert_subscriptions (confirm_hash) WHERE confirm_hash IS NOT NULL;
