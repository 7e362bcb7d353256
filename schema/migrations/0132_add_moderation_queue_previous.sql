-- An edit's fields as they were just before it (JSON, only the fields it sent): the console shows
-- what changed, before and after, since the edit itself is already applied. Null for
-- registrations and for edits queued before this column.
ALTER TABLE moderation_queue ADD COLUMN previous TEXT;
