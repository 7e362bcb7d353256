CREATE TABLE listings (
  id TEXT PRIMARY KEY,
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'adapted', 'temporarily_closed', 'permanently_closed')),
  address TEXT NOT NULL,
  postcode TEXT NOT NULL,
  commune TEXT NOT NULL,
  commune_insee TEXT NOT NULL,
  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lng REAL NOT NULL CHECK (lng BETWEEN -180 AND 180),
  phone TEXT,
  email TEXT,
  website TEXT,
  siret TEXT,
  services TEXT NOT NULL DEFAULT '[]',
  -- OpenStreetMap opening_hours syntax: the interoperable form, evaluated by the hours model.
  opening_hours TEXT NOT NULL DEFAULT '',
  last_confirmed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Scoped by tenant first: every query names its tenant.
CREATE INDEX listings_tenant_lat_lng ON listings (tenant_id, lat, lng);
