import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { roleCan, type Permission } from '#schema/console/auth.ts';
import { findStaffSession, STAFF_SESSION_TTL_MS } from '../db/staff-tokens.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { servicesFor } from '../services/index.ts';
import { requireSameOrigin } from './request-guards.ts';

/** Sent as `__Host-vitrine-staff`: Secure, Path=/, no Domain, so no sibling host can read or set it. */
export const STAFF_COOKIE = 'vitrine-staff';

export function setStaffCookie(c: Context, session: string): void {
  setCookie(c, STAFF_COOKIE, session, { prefix: 'host', httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: STAFF_SESSION_TTL_MS / 1000 });
}

export function clearStaffCookie(c: Context): void {
  deleteCookie(c, STAFF_COOKIE, { prefix: 'host', secure: true, path: '/' });
}

export function staffCookieOf(c: Context): string | undefined {
  return getCookie(c, STAFF_COOKIE, 'host');
}

/**
 * The signed-in staff member: 401 without a valid session of this tenant. A session opened on
 * another tenant gets the very answer junk gets, so a cookie cannot be probed for validity.
 */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  const cookie = staffCookieOf(c);
  const session = cookie ? await findStaffSession(c.env.DB, cookie, servicesFor(c.env).now()) : null;
  if (!session || session.tenantId !== c.get('tenant').id) throw new ApiProblem(401, 'no_session', 'console.session_required');
  c.set('staff', session);
  await next();
});

export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roleCan(c.get('staff').role, permission)) throw new ApiProblem(403, 'forbidden', 'console.forbidden');
    await next();
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every console write is cookie-authenticated: each must come from a page of this very host. */
export const sameOriginWrites = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  return requireSameOrigin(c, next);
});

/** How the audit log names whoever acted. */
export function actorOf(c: Context<AppEnv>): string {
  const staff = c.get('staff');
  return `${staff.role}:${staff.email}`;
}
