export type CountBy<K extends string = string> = Array<{ key: K; count: number }>;

export type DailySeries = Array<{ day: string; count: number }>;

/** The console's statistics: counts over the tenant's listings and its daily use. */
export type TenantStats = {
  byStatus: CountBy;
  byCategory: CountBy;
  byCommune: CountBy;
  registrations: DailySeries;
  updates: DailySeries;
  searches: DailySeries;
  listingViews: DailySeries;
  days: number;
};

export const STATS_DAYS = 90;
