import { Hono, type Context } from 'hono';
import { permissionsOf, SignInExchangeSchema, SignInRequestSchema, type ConsoleMe } from '#schema/console/auth.ts';
import { apiMessage } from '#schema/messages.ts';
import { prepareAudit } from '../../db/audit.ts';
import { findStaffForSignIn } from '../../db/staff.ts';
import { createStaffLink, deleteStaffSession, exchangeStaffLink, findStaffSession } from '../../db/staff-tokens.ts';
import { ApiProblem } from '../../errors.ts';
import { afterResponse } from '../../services/after-response.ts';
import { servicesFor } from '../../services/index.ts';
import { DAILY_MAIL_CAPS, mayMail } from '../../services/mail-caps.ts';
import { limitWrites } from '../../middleware/request-guards.ts';
import { consoleLinkUrl, signInMail } from '../../services/staff-mail.ts';
import { actorOf, clearStaffCookie, requireStaff, setStaffCookie, staffCookieOf } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { requestLanguage } from '../../language.ts';
import { documented } from '../../openapi/describe.ts';

function me(c: Context<AppEnv>): ConsoleMe {
  const staff = c.get('staff');
  const tenant = c.get('tenant');
  return { email: staff.email, role: staff.role, tenant: { slug: tenant.slug, name: tenant.name }, can: permissionsOf(staff.role) };
}

export const sessionRoutes = new Hono<AppEnv>()
  // The same answer, at the same moment, whether or not the address belongs to someone: the
  // lookup and the mail happen after it, so neither its words nor its timing reveal a staff list.
  .post('/link', documented({ summary: 'Ask for a staff sign-in link', tag: 'Console', access: 'public', success: 202 }), limitWrites('staff_link'), validate('json', SignInRequestSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    const { email } = c.req.valid('json');
    const language = requestLanguage(c);
    const origin = new URL(c.req.url).origin;
    afterResponse(c, 'Staff sign-in mail', async () => {
      const now = services.now();
      const staff = await findStaffForSignIn(c.env.DB, tenant.id, email);
      if (!staff || !(await mayMail(c.env.DB, tenant.id, staff.email, [{ purpose: 'staff_sign_in', cap: DAILY_MAIL_CAPS.staffSignIn }], now))) return;
      const token = await createStaffLink(c.env.DB, tenant.id, staff.id, now);
      const mail = signInMail(language, tenant.name, consoleLinkUrl(origin, token));
      await services.mailer.send({ tenantId: tenant.id, listingId: null, to: staff.email, ...mail });
    });
    return c.json({ message: apiMessage('console.link_sent', language) }, 202);
  })
  .post('/', documented({ summary: 'Exchange a sign-in link for a staff session', tag: 'Console', access: 'public' }), limitWrites('staff_sign_in'), validate('json', SignInExchangeSchema), async (c) => {
    const tenant = c.get('tenant');
    const now = servicesFor(c.env).now();
    const session = await exchangeStaffLink(c.env.DB, tenant.id, c.req.valid('json').token, now);
    const staff = session ? await findStaffSession(c.env.DB, session, now) : null;
    if (!session || !staff) throw new ApiProblem(401, 'link_invalid', 'console.link_invalid');
    c.set('staff', staff);
    await prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: 'sign_in', targetType: 'session', targetId: null, now }).run();
    setStaffCookie(c, session);
    return c.json(me(c));
  })
  .get('/', documented({ summary: 'The signed-in staff member and permissions', tag: 'Console', access: 'staff' }), requireStaff, (c) => c.json(me(c)))
  .delete('/', documented({ summary: 'Sign out', tag: 'Console', access: 'staff' }), requireStaff, async (c) => {
    const tenant = c.get('tenant');
    await deleteStaffSession(c.env.DB, tenant.id, staffCookieOf(c) ?? '');
    await prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: 'sign_out', targetType: 'session', targetId: null, now: servicesFor(c.env).now() }).run();
    clearStaffCookie(c);
    return c.json({ signedOut: true as const });
  });
