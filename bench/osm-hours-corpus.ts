import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The corpus of real `opening_hours` values the OSM-hours benchmark reads: one value a line,
 * `count<TAB>value`, most used first. It is built from public OSM-derived files and kept out of
 * the repository (bench/osm-hours.md says where they come from and under which licence).
 */
export const DEFAULT_CORPUS = '.tmp/osm-hours-corpus.tsv';

export type CorpusEntry = { value: string; count: number };

type GeoJsonLike = { features?: Array<{ properties?: Record<string, unknown> | null }> };

/**
 * Reads one source: a taginfo export (`count<TAB>value`), an Overpass GeoJSON (each feature's
 * `opening_hours`), or plain text (one value a line; `#` lines are the file's own comments).
 */
function entriesOf(path: string): CorpusEntry[] {
  const text = readFileSync(path, 'utf8');
  if (/\.(geo)?json$/i.test(path)) {
    const collection = JSON.parse(text) as GeoJsonLike;
    return (collection.features ?? []).flatMap((feature) => {
      const value = feature.properties?.opening_hours;
      return typeof value === 'string' ? [{ value, count: 1 }] : [];
    });
  }
  return text.split('\n').flatMap((line): CorpusEntry[] => {
    const tab = /^(\d+)\t(.*)$/.exec(line);
    if (tab) return [{ value: tab[2] ?? '', count: Number(tab[1]) }];
    if (path.endsWith('.tsv') || line.trim() === '' || line.startsWith('#')) return [];
    return [{ value: line, count: 1 }];
  });
}

export function buildCorpus(sources: readonly string[], target = DEFAULT_CORPUS): CorpusEntry[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const { value, count } of entriesOf(source)) {
      if (value.trim() === '') continue;
      counts.set(value, (counts.get(value) ?? 0) + count);
    }
  }
  const entries = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
  writeFileSync(target, entries.map(({ value, count }) => `${count}\t${value}`).join('\n') + '\n');
  return entries;
}

export function readCorpus(path = DEFAULT_CORPUS): CorpusEntry[] {
  return entriesOf(path);
}
