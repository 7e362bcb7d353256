-- A report's public id is unique, and found without a scan.
CREATE UNIQUE INDEX reports_public_id ON reports (public_id);
