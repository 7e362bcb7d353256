import type { KeyRange } from '#schema/geo/ranges.ts';

/** A key range to seek, and optionally an SQL parameter reference (e.g. `?11`) that goes with it. */
export type Seek = { range: KeyRange; with?: string };

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a key: ${value}`);
  return String(value);
}

/**
 * The common table `seeks(segment, first, last, tag)` that drives an index seek per row from the
 * outer loop of a join. D1 counts each row json_each yields as a row read, and VALUES rows not:
 * each seek then costs one row read (the entry past its end) instead of two. The keys are
 * written into the SQL, as integers this code computed and checked, because D1 binds at most 100
 * parameters per statement; anything else (a category) is a parameter reference.
 */
export function seekTable(seeks: readonly Seek[]): string {
  if (seeks.length === 0) throw new RangeError('no key range to seek');
  const rows = seeks.map(({ range: [first, last], with: tag }, i) => `(${i}, ${integer(first)}, ${integer(last)}, ${tag ?? 'NULL'})`);
  return `seeks(segment, first, last, tag) AS (VALUES ${rows.join(', ')})`;
}
