-- Opening hours stay OSM text in listings.opening_hours, dated exceptions included: see
-- docs/decisions/002-opening-hours-model.md. (listings.status_until and
-- tenants.stale_after_days come with 0014.) This adds each tenant's public-holiday policy.

-- When a schedule says nothing about public holidays: 1 = closed (as `PH off`), 0 = usual hours.
ALTER TABLE tenants ADD COLUMN public_holidays_closed INTEGER NOT NULL DEFAULT 1
  CHECK (public_holidays_closed IN (0, 1));

-- Holiday calendar as date-holidays names it (FR, FR-57/FR-67/FR-68 for Alsace-Moselle, FR-RE,
-- NC…); NULL derives it from the tenant's timezone.
ALTER TABLE tenants ADD COLUMN holiday_region TEXT;
