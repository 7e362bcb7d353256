-- What the dry run has to show about a valid row without refusing it, as JSON: opening hours
-- normalised, flagged as ambiguous or kept as text (original, normalised text, reason).
ALTER TABLE import_rows ADD COLUMN notes TEXT;
