-- Mails sent to one address, per tenant, purpose and day: the cap that keeps anyone from
-- flooding a third party's mailbox through our forms. The address is kept only as a hash, and
-- the hourly job deletes the days that are over.
CREATE TABLE recipient_mail_counts (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  recipient_hash TEXT NOT NULL,
  purpose TEXT NOT NULL,
  day TEXT NOT NULL,
  sent INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, recipient_hash, purpose, day)
) WITHOUT ROWID;
