import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { edgeCacheSeconds } from '../cache.ts';
import type { AppEnv } from '../env.ts';

/** The D1 bookmark of a visitor's last write, carried while cached answers may predate it. */
export const BOOKMARK_COOKIE = 'vitrine_bookmark';
/** D1 bookmarks are hyphen-separated hexadecimal fields; anything else is ignored. */
const BOOKMARK_FORMAT = /^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64}){0,7}$/i;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The database as a D1 session: statements and batches go through it, anything else as before. */
function sessionDatabase(db: D1Database, session: D1DatabaseSession): D1Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'prepare') return (sql: string) => session.prepare(sql);
      if (property === 'batch') return (statements: D1PreparedStatement[]) => session.batch(statements);
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Every request reads through a D1 session (read replication): reads may go to the nearest
 * replica, writes to the primary. A successful write hands its visitor the session's bookmark in
 * a cookie that lasts as long as a cached answer may: their next reads pass the edge cache and
 * ask a replica at least as recent as their write, so a shopkeeper sees their change at once;
 * everyone else sees it once the cached answers they get have aged out.
 */
export const d1Session = createMiddleware<AppEnv>(async (c, next) => {
  const write = !READS.has(c.req.method);
  const carried = getCookie(c, BOOKMARK_COOKIE);
  const bookmark = carried && BOOKMARK_FORMAT.test(carried) ? carried : null;
  const session = c.env.DB.withSession(bookmark ?? (write ? 'first-primary' : 'first-unconstrained'));
  c.set('readsOwnWrites', bookmark !== null);
  c.env = { ...c.env, DB: sessionDatabase(c.env.DB, session) };
  await next();
  const after = session.getBookmark();
  if (write && after && c.res.status < 400) {
    setCookie(c, BOOKMARK_COOKIE, after, {
      path: '/',
      maxAge: edgeCacheSeconds(c.env),
      httpOnly: true,
      sameSite: 'Lax',
      secure: new URL(c.req.url).protocol === 'https:',
    });
  }
});
