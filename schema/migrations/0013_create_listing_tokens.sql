-- Private links and sessions of shopkeepers. Only the SHA-256 of a token is stored: a copy of
-- the database does not let anyone into a listing. A link is single use (used_at) and short-
-- lived; exchanging it creates a session row with a longer life.
CREATE TABLE listing_tokens (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('link', 'session')),
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  listing_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
) WITHOUT ROWID;

CREATE INDEX listing_tokens_listing ON listing_tokens (listing_id);

-- A new link is asked for by email: find the tenant's listings with that address without a scan.
-- Emails are stored lower-cased by the registration schema.
CREATE INDEX listings_tenant_email ON listings (tenant_id, email) WHERE email IS NOT NULL;
