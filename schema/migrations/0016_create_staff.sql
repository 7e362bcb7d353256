-- CCI staff. A network operator has no tenant and sees every tenant; admins and moderators
-- belong to exactly one.
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER REFERENCES tenants(id),
  email TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'operator')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  disabled_at TEXT,
  CHECK ((role = 'operator') = (tenant_id IS NULL))
);

CREATE UNIQUE INDEX staff_tenant_email ON staff (ifnull(tenant_id, 0), email);
