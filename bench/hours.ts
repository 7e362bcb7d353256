/**
 * Opening-hours benchmark: evaluateListing over 10,000 demo listings (category hours, leave,
 * special days, temporary closures), as the API does for a viewport with `open=1`.
 *
 *   npm run bench:hours            (BENCH_LISTINGS=50000 BENCH_ROUNDS=20 to change the load)
 *
 * "cold" starts with an empty schedule cache and a new instant, as the first request after a
 * deploy; "warm" repeats with the caches filled, as every later request at a new minute does.
 */
import { holidayCalendarFor } from '#schema/hours/french-holidays.ts';
import { evaluateListing, type ListingHoursInput, type TenantHoursSettings } from '#schema/hours/index.ts';
import { DEMO_SEED, DEMO_TENANTS } from '#seed/demo-tenants.ts';
import { generateListings } from '#seed/factories.ts';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const now = new Date('2026-11-24T00:00:00Z');
const demo = DEMO_TENANTS[0];
if (!demo) throw new Error('no demo tenant');

const listings: ListingHoursInput[] = generateListings({ seed: DEMO_SEED, tenantId: demo.tenant.id, communes: demo.communes, count: COUNT, now }).map((row) => ({
  openingHours: row.opening_hours,
  status: row.status,
  statusUntil: row.status_until,
  lastConfirmedAt: row.last_confirmed_at,
}));
const tenant: TenantHoursSettings = { timezone: demo.tenant.timezone, staleAfterDays: 30, publicHolidaysClosed: true, holidays: holidayCalendarFor('FR') };

function run(at: Date): { ms: number; open: number } {
  const started = performance.now();
  let open = 0;
  for (const listing of listings) if (evaluateListing(listing, tenant, at).openNow) open++;
  return { ms: performance.now() - started, open };
}

const distinct = new Set(listings.map((listing) => listing.openingHours)).size;
console.log(`hours: ${COUNT} listings, ${distinct} distinct schedules, zone ${tenant.timezone}`);
const cold = run(new Date('2026-11-24T09:30:00Z'));
console.log(`  cold  ${cold.ms.toFixed(1)} ms (${cold.open} open at 10:30)`);
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) times.push(run(new Date(now.getTime() + (round + 1) * 3_600_000 * 7.3)).ms);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`  warm  median ${median.toFixed(1)} ms over ${ROUNDS} instants`);
console.log(`  ${Math.round((COUNT / median) * 1000).toLocaleString('en')} evaluations/s, ${((median * 10_000) / COUNT).toFixed(1)} ms per 10,000 listings`);
