-- A tenant's accessibility statement (décret 2019-768): conformity level, audit, contact, plan.
-- A tenant without a row publishes the default: "non conforme", no audit.
CREATE TABLE tenant_accessibility (
  tenant_id INTEGER PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('none', 'partial', 'full')),
  audit_date TEXT,
  conformity_rate INTEGER CHECK (conformity_rate BETWEEN 0 AND 100),
  contact_email TEXT,
  contact_url TEXT,
  plan_url TEXT,
  non_conformities_fr TEXT NOT NULL DEFAULT '',
  non_conformities_en TEXT,
  derogations_fr TEXT NOT NULL DEFAULT '',
  derogations_en TEXT
);
