import type { SqlStatement } from './factories.ts';

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to SQL`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

/** Renders bound statements as a plain SQL script for `wrangler d1 execute --file`. */
export function toSqlScript(statements: SqlStatement[]): string {
  return (
    statements
      .map(({ sql, params }) => sql.replace(/\?(\d+)/g, (_, n: string) => literal(params[Number(n) - 1] ?? null)))
      .join(';\n') + ';\n'
  );
}
