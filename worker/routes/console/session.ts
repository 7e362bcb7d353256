import { Hono, type Context } from 'hono';
import { permissionsOf, SignInExchangeSchema, SignInRequestSchema, type ConsoleMe } from '#schema/console/auth.ts';
import { apiMessage } from '#schema/messages.ts';
import { prepareAudit } from '../../db/audit.ts';
import { findStaffForSignIn } from '../../db/staff.ts';
import { createStaffLink, deleteStaffSession, exchangeStaffLink, findStaffSession } from '../../db/staff-tokens.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { limitWrites } from '../../services/request-guards.ts';
import { consoleLinkUrl, signInMail } from '../../services/staff-mail.ts';
import { actorOf, consoleLanguage, clearStaffCookie, requireStaff, setStaffCookie, staffCookieOf, type ConsoleEnv } from '../../services/staff-session.ts';
import { validate } from '../../validation.ts';

function me(c: Context<ConsoleEnv>): ConsoleMe {
  const staff = c.get('staff');
  const tenant = c.get('tenant');
  return { email: staff.email, role: staff.role, tenant: { slug: tenant.slug, name: tenant.name }, can: permissionsOf(staff.role) };
}

export const sessionRoutes = new Hono<ConsoleEnv>()
  // The same answer whether or not the address belongs to someone: it reveals no staff list.
  .post('/link', limitWrites, validate('json', SignInRequestSchema), async (c) => {
    const tenant = c.get('tenant');
    const services = servicesFor(c.env);
    const { email } = c.req.valid('json');
    const staff = await findStaffForSignIn(c.env.DB, tenant.id, email);
    if (staff) {
      const token = await createStaffLink(c.env.DB, tenant.id, staff.id, services.now());
      const mail = signInMail(consoleLanguage(c), tenant.name, consoleLinkUrl(new URL(c.req.url).origin, token));
      await services.mailer.send({ tenantId: tenant.id, listingId: null, to: staff.email, ...mail });
    }
    return c.json({ message: apiMessage('console.link_sent', consoleLanguage(c)) }, 202);
  })
  .post('/', limitWrites, validate('json', SignInExchangeSchema), async (c) => {
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
  .get('/', requireStaff, (c) => c.json(me(c)))
  .delete('/', requireStaff, async (c) => {
    const tenant = c.get('tenant');
    await deleteStaffSession(c.env.DB, tenant.id, staffCookieOf(c) ?? '');
    await prepareAudit(c.env.DB, { tenantId: tenant.id, actor: actorOf(c), action: 'sign_out', targetType: 'session', targetId: null, now: servicesFor(c.env).now() }).run();
    clearStaffCookie(c);
    return c.json({ signedOut: true as const });
  });
