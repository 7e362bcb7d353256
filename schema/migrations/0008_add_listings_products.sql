-- What the business sells or does, in its own words ("pain au levain, viennoiseries"): searched
-- by residents along with the name and the category.
ALTER TABLE listings ADD COLUMN products TEXT NOT NULL DEFAULT '';
