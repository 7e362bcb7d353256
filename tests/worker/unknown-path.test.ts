import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/index.ts';
import { TENANT_A, insertTenants } from './support.ts';

const SHELL = '<!doctype html><html lang="fr"><head><title>Vitrine</title></head><body><div id="root"></div></body></html>';

/** The assets binding as deployed: real files as they are, the app shell for any other path. */
const assets = {
  fetch: async (request: Request) =>
    new URL(request.url).pathname === '/sw.js'
      ? new Response('self.skipWaiting()', { headers: { 'content-type': 'text/javascript' } })
      : new Response(SHELL, { headers: { 'content-type': 'text/html' } }),
} as unknown as Fetcher;

const get = (path: string) => Promise.resolve(app.fetch(new Request(`http://tenant-a.localhost${path}`), { ...env, ASSETS: assets }));

beforeAll(async () => {
  await insertTenants({ tenant: TENANT_A });
});

describe('a path the app has no page for', () => {
  it('is answered 404 with the app shell, which shows "page not found"', async () => {
    for (const path of ['/nope', '/inscriptions', '/l/', '/ma-fiche/vieux-lien']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<div id="root">');
    }
  });

  it("leaves the app's own pages and real files at 200", async () => {
    for (const path of ['/', '/inscription', '/ma-fiche', '/accessibilite', '/crise/reponse', '/alertes', '/console', '/console/moderation', '/sw.js']) {
      expect((await get(path)).status, path).toBe(200);
    }
  });
});
