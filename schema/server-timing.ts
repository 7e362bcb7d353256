/** Where an answer came from: the edge cache, D1 (then stored), or D1 past the cache (a writer's read). */
export type CacheOutcome = 'hit' | 'miss' | 'bypass';

/** What one request cost in D1, as its Server-Timing header tells it. */
export type RequestCost = {
  cache: CacheOutcome | null;
  statements: number;
  roundTrips: number;
  rowsRead: number;
  /** Time spent waiting on D1, summed over its round trips. */
  d1Ms: number;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `cache;desc="hit", d1;desc="2 statements";dur=3.1, d1-round-trips;desc="1", d1-rows-read;desc="140"`:
 * the browser's developer tools show it, and tests and benchmarks read it back with
 * `parseServerTiming`.
 */
export function formatServerTiming(cost: RequestCost): string {
  return [
    cost.cache ? `cache;desc="${cost.cache}"` : null,
    `d1;desc="${plural(cost.statements, 'statement')}";dur=${cost.d1Ms.toFixed(1)}`,
    `d1-round-trips;desc="${cost.roundTrips}"`,
    `d1-rows-read;desc="${cost.rowsRead}"`,
  ]
    .filter((metric): metric is string => metric !== null)
    .join(', ');
}

type Metric = { desc: string; dur: number | null };

function metricsOf(header: string): Map<string, Metric> {
  const metrics = new Map<string, Metric>();
  for (const part of header.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const metric: Metric = { desc: '', dur: null };
    for (const param of params) {
      const [key, raw = ''] = param.trim().split('=');
      const value = raw.startsWith('"') ? raw.slice(1, -1) : raw;
      if (key === 'desc') metric.desc = value;
      if (key === 'dur') metric.dur = Number(value);
    }
    metrics.set(name.trim(), metric);
  }
  return metrics;
}

/** The cost a `formatServerTiming` header tells, or null when the header is absent or not ours. */
export function parseServerTiming(header: string | null | undefined): RequestCost | null {
  if (!header) return null;
  const metrics = metricsOf(header);
  const d1 = metrics.get('d1');
  if (!d1) return null;
  const cache = metrics.get('cache')?.desc;
  return {
    cache: cache === 'hit' || cache === 'miss' || cache === 'bypass' ? cache : null,
    statements: Number.parseInt(d1.desc, 10),
    roundTrips: Number(metrics.get('d1-round-trips')?.desc ?? Number.NaN),
    rowsRead: Number(metrics.get('d1-rows-read')?.desc ?? Number.NaN),
    d1Ms: d1.dur ?? Number.NaN,
  };
}
