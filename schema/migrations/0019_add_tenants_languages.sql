-- The languages a tenant's page offers (JSON array of codes); the default one comes first.
ALTER TABLE tenants ADD COLUMN languages TEXT NOT NULL DEFAULT '["fr","en"]';
