import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { servicesFor } from '../services/index.ts';
import { listingOfSession, SESSION_TTL_MS } from '../services/private-links.ts';

/** `__Host-`: Secure, Path=/ and no Domain, so no sibling host can set or read it. */
export const SESSION_COOKIE = 'vitrine-listing';

export function setSessionCookie(c: Context, session: string, lifetimeMs = SESSION_TTL_MS): void {
  setCookie(c, SESSION_COOKIE, session, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.floor(lifetimeMs / 1000),
  });
}

export function sessionCookieOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE, 'host');
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { prefix: 'host', secure: true, path: '/' });
}

/** The listing the session cookie opens; 401 without a valid session of this tenant. */
export const requireListingSession = createMiddleware<AppEnv>(async (c, next) => {
  const session = sessionCookieOf(c);
  const now = servicesFor(c.env).now();
  const opened = session ? await listingOfSession(c.env.DB, c.get('tenant').id, session, now) : null;
  if (!session || !opened) throw new ApiProblem(401, 'no_session', 'self_service.session_required');
  c.set('listingId', opened.listingId);
  await next();
  // After the handler: a sign-out or an erasure clears the cookie, and that must win.
  if (opened.renewedUntil && !c.res.headers.get('set-cookie')) setSessionCookie(c, session, opened.renewedUntil.getTime() - now.getTime());
});
