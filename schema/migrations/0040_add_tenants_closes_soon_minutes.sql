-- How many minutes before closing an open place reads "closes soon" on every screen
-- (schema/hours/open-status.ts); 0 never says it.
ALTER TABLE tenants ADD COLUMN closes_soon_minutes INTEGER NOT NULL DEFAULT 30
  CHECK (closes_soon_minutes BETWEEN 0 AND 240);
