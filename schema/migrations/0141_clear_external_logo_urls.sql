-- A logo given as an outside address never showed: the pages' CSP loads images from their own
-- host only. Logos are now uploaded in the console and served by the Worker under /brand/logo/,
-- so the old addresses are dropped rather than left to be refused by every browser.
UPDATE tenants SET logo_url = NULL WHERE logo_url IS NOT NULL AND logo_url NOT LIKE '/brand/logo/%';
