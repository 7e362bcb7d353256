/**
 * What a wrapper does around each call that reaches D1: one statement (`first`, `all`, `run`,
 * `raw`) or a batch of several in one round trip. `results` are the D1 results the call
 * returned, when it returns them (`raw` does not).
 */
export type AroundCall = <T>(statements: number, call: () => Promise<T>, results: (value: T) => readonly D1Result[]) => Promise<T>;

/** Every wrapped statement remembers the one it wraps: a batch accepts only its own objects. */
const wrappedOf = new WeakMap<object, D1PreparedStatement>();

const noResults = () => [];

function wrapStatement(statement: D1PreparedStatement, around: AroundCall): D1PreparedStatement {
  const wrapped = new Proxy(statement, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'bind') return (...args: unknown[]) => wrapStatement(target.bind(...args), around);
      if (property === 'all' || property === 'run') {
        return () => around(1, () => (value as () => Promise<D1Result>).apply(target), (result) => [result]);
      }
      if (property === 'raw') {
        return (...args: unknown[]) => around(1, () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args), noResults);
      }
      if (property === 'first') {
        // Read through all(), which D1 runs the same way, so that its meta (rows read) is seen.
        return (column?: string) =>
          around(1, () => target.all(), (result) => [result]).then((result) => {
            const row = (result.results[0] ?? null) as Record<string, unknown> | null;
            return column === undefined ? row : row === null ? null : (row[column] ?? null);
          });
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  wrappedOf.set(wrapped, statement);
  return wrapped;
}

/**
 * The database with `around` called for every round trip to D1, statements and batches alike.
 * Wrappers nest: each one's batch hands the next one the statements it wrapped.
 */
export function wrapDatabase(db: D1Database, around: AroundCall): D1Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'prepare') return (sql: string) => wrapStatement(target.prepare(sql), around);
      if (property === 'batch') {
        return (statements: D1PreparedStatement[]) =>
          around(statements.length, () => target.batch(statements.map((s) => wrappedOf.get(s) ?? s)), (results) => results);
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
