-- Web Push messages as the local push service records them: development and tests read the
-- payloads here. Production sends them to the browser's push service and writes nothing here.
CREATE TABLE push_outbox (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  endpoint TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX push_outbox_tenant ON push_outbox (tenant_id, id);
