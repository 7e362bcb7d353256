-- A campaign paused from the console: no chunk is claimed while it is set, by the console's
-- background run or by the Cron; clearing it resumes from the rows still pending.
ALTER TABLE campaigns ADD COLUMN paused_at TEXT;
