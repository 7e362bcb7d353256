-- Sign-in links and sessions of CCI staff, as for shopkeepers (0013): only the SHA-256 of a
-- token is stored, a link is single use (used_at) and short-lived, a session lasts longer. A
-- row belongs to the tenant whose host the link was asked on: an operator signs in per tenant.
CREATE TABLE staff_tokens (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('link', 'session')),
  staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
) WITHOUT ROWID;

CREATE INDEX staff_tokens_staff ON staff_tokens (staff_id);
