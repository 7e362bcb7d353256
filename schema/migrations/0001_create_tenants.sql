-- One row per CCI deployment. Branding and map settings are columns, not JSON, so that the
-- console can validate and update each one on its own.
CREATE TABLE tenants (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  logo_url TEXT,
  colour_primary TEXT NOT NULL DEFAULT '#1d4f91',
  colour_on_primary TEXT NOT NULL DEFAULT '#ffffff',
  centre_lat REAL NOT NULL,
  centre_lng REAL NOT NULL,
  default_zoom INTEGER NOT NULL DEFAULT 11,
  bounds_west REAL NOT NULL,
  bounds_south REAL NOT NULL,
  bounds_east REAL NOT NULL,
  bounds_north REAL NOT NULL,
  timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
  default_language TEXT NOT NULL DEFAULT 'fr' CHECK (default_language IN ('fr', 'en')),
  tile_url TEXT NOT NULL DEFAULT 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tile_attribution TEXT NOT NULL DEFAULT '&copy; OpenStreetMap contributors',
  disabled_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
