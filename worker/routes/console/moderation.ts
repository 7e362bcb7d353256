import { Hono } from 'hono';
import { DecisionSchema, QueueFilterSchema, type DecisionResult } from '#schema/console/moderation.ts';
import { prepareAudit } from '../../db/audit.ts';
import { findPendingItems, pendingQueue, prepareQueueDecision } from '../../db/console-moderation.ts';
import { prepareModerationOutcome } from '../../db/listing-writes.ts';
import { ApiProblem } from '../../errors.ts';
import { servicesFor } from '../../services/index.ts';
import { rejectionMail } from '../../services/staff-mail.ts';
import { actorOf, requirePermission, requireStaff } from '../../middleware/staff-session.ts';
import { validate } from '../../validation.ts';
import type { AppEnv } from '../../env.ts';
import { documented } from '../../openapi/describe.ts';

export const moderationRoutes = new Hono<AppEnv>()
  .use(requireStaff, requirePermission('moderate'))
  .get('/', documented({ summary: 'Moderation queue', tag: 'Console', access: 'staff' }), validate('query', QueueFilterSchema), async (c) => {
    const items = await pendingQueue(c.env.DB, c.get('tenant').id, c.req.valid('query'), servicesFor(c.env).now());
    return c.json({ items });
  })
  /**
   * Approves or rejects several items at once, all or none: an id that is not a pending item of
   * this tenant refuses the whole decision. Rejected registrations and edits take the listing off
   * the map and the shopkeeper gets the reason by e-mail; reports are resolved or dismissed.
   */
  .post('/decisions', documented({ summary: 'Approve or reject queue items, in bulk', tag: 'Console', access: 'staff' }), validate('json', DecisionSchema), async (c) => {
    const tenant = c.get('tenant');
    const { items: ids, decision, reason } = c.req.valid('json');
    const services = servicesFor(c.env);
    const now = services.now();
    const items = await findPendingItems(c.env.DB, tenant.id, ids);
    if (items.length !== new Set(ids).size) throw new ApiProblem(404, 'not_found', 'console.not_found');
    const approved = decision === 'approve';
    const actor = actorOf(c);
    await c.env.DB.batch(
      items.flatMap((item) => [
        prepareQueueDecision(c.env.DB, tenant.id, item, approved, now),
        ...(item.kind === 'report' ? [] : [prepareModerationOutcome(c.env.DB, tenant.id, item.listingId, approved, now)]),
        prepareAudit(c.env.DB, {
          tenantId: tenant.id, actor, action: `${decision}_${item.kind}`, targetType: 'listing', targetId: item.listingId,
          before: { item: item.id, state: 'pending' }, after: { item: item.id, state: approved ? 'approved' : 'rejected', reason: reason ?? null }, now,
        }),
      ]),
    );
    if (!approved) {
      for (const item of items) {
        if (item.kind === 'report' || !item.email) continue;
        const mail = rejectionMail(tenant.defaultLanguage, tenant.name, item.listingName, reason ?? '');
        await services.mailer.send({ tenantId: tenant.id, listingId: item.listingId, to: item.email, ...mail });
      }
    }
    const result: DecisionResult = { decided: items.map((item) => item.id) };
    return c.json(result);
  });
