-- Changes residents are alerted about, recorded by trigger so that every write path (self-
-- service, console, campaign answers, the Cron reopening closures, imports) is seen. The alert
-- dispatcher consumes each row once.
CREATE TABLE alert_events (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  listing_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reopened', 'hours_changed')),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX alert_events_tenant ON alert_events (tenant_id, id);

-- Only listings someone follows produce events: the table stays empty for the others.
CREATE TRIGGER alert_events_after_listing_update AFTER UPDATE OF status, opening_hours ON listings
  WHEN EXISTS (SELECT 1 FROM alert_subscriptions s WHERE s.tenant_id = NEW.tenant_id AND s.listing_id = NEW.id AND s.confirmed_at IS NOT NULL)
BEGIN
  INSERT INTO alert_events (tenant_id, listing_id, kind)
    SELECT NEW.tenant_id, NEW.id, 'reopened'
    WHERE OLD.status IN ('temporarily_closed', 'permanently_closed') AND NEW.status IN ('open', 'adapted');
  INSERT INTO alert_events (tenant_id, listing_id, kind)
    SELECT NEW.tenant_id, NEW.id, 'hours_changed'
    WHERE OLD.opening_hours <> NEW.opening_hours
      AND NOT (OLD.status IN ('temporarily_closed', 'permanently_closed') AND NEW.status IN ('open', 'adapted'));
END;
