import { Hono } from 'hono';
import { html } from 'hono/html';
import { latestOutboxMails } from '../db/outbox.ts';
import type { AppEnv } from '../env.ts';
import { ApiProblem } from '../errors.ts';
import { allowsDevFeatures } from '../deployment/environment.ts';
import { hostnameOf, requireTenant } from '../middleware/tenant.ts';

/**
 * The local mailer's outbox, per tenant, for development and tests: `?format=json` for
 * programs. It holds live private links, so it exists only on a development instance and only
 * for a local host name; anywhere else it is an unknown route.
 */
export const devOutboxRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!allowsDevFeatures(c.env, hostnameOf(c.req.header('host') ?? new URL(c.req.url).host))) throw new ApiProblem(404, 'not_found', 'route.not_found');
    await next();
  })
  .use(requireTenant)
  .get('/', async (c) => {
    const mails = await latestOutboxMails(c.env.DB, c.get('tenant').id);
    if (c.req.query('format') === 'json') return c.json({ mails });
    return c.html(html`<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><meta name="robots" content="noindex" /><title>Outbox — ${c.get('tenant').name}</title></head>
  <body>
    <h1>Outbox (développement) — ${c.get('tenant').name}</h1>
    ${mails.length === 0 ? html`<p>Aucun e-mail.</p>` : ''}
    ${mails.map(
      (mail) => html`<article>
        <h2>${mail.subject}</h2>
        <p>À : ${mail.recipient} — ${mail.createdAt}</p>
        <pre>${mail.text}</pre>
      </article>`,
    )}
  </body>
</html>`);
  });
