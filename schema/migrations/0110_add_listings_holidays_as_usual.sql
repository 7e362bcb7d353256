-- A business that keeps its usual hours on public holidays, whatever its tenant's policy: OSM
-- opening_hours text can close a holiday or give it hours, not say "as usual" against a default.
ALTER TABLE listings ADD COLUMN holidays_as_usual INTEGER NOT NULL DEFAULT 0 CHECK (holidays_as_usual IN (0, 1));
