import { Hono } from 'hono';
import { z } from 'zod';
import { NewStaffSchema, type StaffMember } from '#schema/console/auth.ts';
import { prepareAudit } from '../../db/audit.ts';
import { findStaffMember, listStaff, prepareStaffDisable, prepareStaffUpsert } from '../../db/staff.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

export const staffRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('staff'))
  .get('/', documented({ summary: 'Staff accounts', tag: 'Console', access: 'staff' }), async (c) => c.json({ staff: await listStaff(c.env.DB, c.get('tenant').id) }))
  .post('/', documented({ summary: 'Add a staff member', tag: 'Console', access: 'staff', success: 201 }), validate('json', NewStaffSchema), async (c) => {
    const tenantId = c.get('tenant').id;
    const member = c.req.valid('json');
    const existing = (await listStaff(c.env.DB, tenantId)).find((m) => m.email === member.email && !m.disabled);
    if (existing) throw new ApiProblem(409, 'staff_exists', 'console.staff_exists', { email: ['console.staff_exists'] });
    const now = servicesFor(c.env).now();
    const [created] = await c.env.DB.batch<{ id: number }>([
      prepareStaffUpsert(c.env.DB, tenantId, member),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'add_staff', targetType: 'staff', targetId: member.email, after: member, now }),
    ]);
    const added = await findStaffMember(c.env.DB, tenantId, created?.results[0]?.id ?? 0);
    return c.json({ member: added as StaffMember }, 201);
  })
  .delete('/:id', documented({ summary: 'Remove a staff member', tag: 'Console', access: 'staff' }), validate('param', IdParam), async (c) => {
    const tenantId = c.get('tenant').id;
    const { id } = c.req.valid('param');
    const member = await findStaffMember(c.env.DB, tenantId, id);
    if (!member) throw new ApiProblem(404, 'not_found', 'console.not_found');
    if (member.id === c.get('staff').staffId) throw new ApiProblem(400, 'invalid_request', 'console.staff_self');
    const now = servicesFor(c.env).now();
    await c.env.DB.batch([
      ...prepareStaffDisable(c.env.DB, tenantId, id, now),
      prepareAudit(c.env.DB, { tenantId, actor: actorOf(c), action: 'disable_staff', targetType: 'staff', targetId: member.email, before: member, now }),
    ]);
    return c.json({ disabled: id });
  });
