-- What the public company directory said about a registration's SIRET, shown to the CCI's
-- reviewer: 'verified' (open, name in common), or why it needs a look by hand: 'closed',
-- 'name_differs', 'not_found', 'non_diffusible' (the business opted out of publication),
-- 'unavailable' or 'timeout' (the directory did not answer in time). NULL for edits, and for
-- registrations made before the check existed. The registration is never refused for it.
ALTER TABLE moderation_queue ADD COLUMN siret_check TEXT CHECK (siret_check IN ('verified', 'closed', 'name_differs', 'not_found', 'unavailable', 'timeout', 'non_diffusible'));
