-- Reports are named to residents by a random id: the row id counts every tenant's reports, and
-- would tell anyone how many the others get. Reports already written get one too.
ALTER TABLE reports ADD COLUMN public_id TEXT;
UPDATE reports SET public_id = lower(hex(randomblob(16))) WHERE public_id IS NULL;
