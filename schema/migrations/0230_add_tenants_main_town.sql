-- The CCI's main town, by name: the public address search gives it as its example
-- ("12 rue de la République, Marseille…"). Empty until staff or the seed set it; the example
-- then names no town.
ALTER TABLE tenants ADD COLUMN main_town TEXT NOT NULL DEFAULT '';
