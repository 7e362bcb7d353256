-- One row per registration or shopkeeper edit, for the CCI to review. `changes` holds the fields
-- as submitted (JSON) so the reviewer sees what was asked; it is erased with the listing.
CREATE TABLE moderation_queue (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  listing_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('registration', 'edit')),
  mode TEXT NOT NULL CHECK (mode IN ('publish_then_review', 'review_first')),
  changes TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  created_at TEXT NOT NULL,
  decided_at TEXT
);

CREATE INDEX moderation_queue_tenant_state ON moderation_queue (tenant_id, state, created_at);
CREATE INDEX moderation_queue_listing ON moderation_queue (listing_id);
