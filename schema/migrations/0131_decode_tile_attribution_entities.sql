-- The credit of a custom tile source is plain text, escaped when it is drawn; rows written with
-- HTML entities (the column's old default among them) showed "&copy;" to staff and on the map.
UPDATE tenants SET tile_attribution = replace(replace(replace(tile_attribution, '&copy;', '©'), '&#169;', '©'), '&amp;', '&')
  WHERE tile_attribution LIKE '%&%;%';
