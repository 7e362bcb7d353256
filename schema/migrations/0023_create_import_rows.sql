-- Rows of a console import, staged chunk by chunk and validated as they arrive. `fields` holds
-- the row ready to insert (spatial key included) or is NULL with `error` saying why; the import
-- then copies every row into listings in one statement, or nothing when one row is bad.
CREATE TABLE import_rows (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  import_id TEXT NOT NULL,
  line INTEGER NOT NULL,
  fields TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, import_id, line)
) WITHOUT ROWID;
