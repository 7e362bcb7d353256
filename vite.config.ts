import { mkdirSync, writeFileSync } from 'node:fs';
import { cloudflare } from '@cloudflare/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The local D1 lives in .wrangler/state unless a test run points it elsewhere.
const persistPath = process.env.VITRINE_STATE_DIR ?? '.wrangler/state';
// The seed prints the demo URLs for this port, so the server must not silently pick another one.
const port = Number(process.env.PORT ?? 5173);

/**
 * The service worker precaches the app shell. The communes files (one per département, ~750 kB
 * for all of France) are cached as a tenant's pages use them, for the offline address search:
 * served from the cache, refreshed behind it. The manifest is per tenant, served by the Worker,
 * so the plugin writes none. The plugin is not environment-aware: restricted to the client
 * build, it writes nothing into the Worker's output.
 */
const pwa = (VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,json,svg,png,woff2}'],
    globIgnores: ['communes/**'],
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/communes\/[0-9AB]{2,3}\.json$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'communes' },
      },
    ],
    navigateFallback: '/index.html',
    // Pages the Worker renders itself (embed, dev outbox) must reach it, not the cached app shell.
    navigateFallbackDenylist: [/^\/api\//, /^\/manifest\.webmanifest$/, /^\/icons\//, /^\/embed/, /^\/dev\//],
    cleanupOutdatedCaches: true,
    // Web Push: the reopening alerts' `push` and `notificationclick` handlers; the map tiles kept offline.
    importScripts: ['/sw-push.js', '/sw-tiles.js'],
  },
}) as PluginOption[]).map((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? { ...plugin, applyToEnvironment: (env: { name: string }) => env.name === 'client' } : plugin));

/** The built Worker's config, which `vite preview` reads along with the local vars file beside it. */
const BUILT_WORKER_DIR = 'dist/vitrine';

/**
 * Builds are production: wrangler.toml says so and the built wrangler.json deploys as it is.
 * Local runs say development themselves, so they alone get the outbox page, `<slug>.localhost`
 * and the test keys: the dev server through the plugin's config, which never reaches a build;
 * the preview through `.dev.vars` beside the built config, a local-only file that `wrangler
 * deploy` never uploads (docs/decisions/009).
 */
function localRunVars(command: string, isPreview: boolean): Record<string, string> | undefined {
  if (isPreview) {
    mkdirSync(BUILT_WORKER_DIR, { recursive: true });
    writeFileSync(`${BUILT_WORKER_DIR}/.dev.vars`, 'ENVIRONMENT="development"\n');
    return undefined;
  }
  // The dev server alone injects inline scripts for hot reload: it alone gets the looser page policy.
  return command === 'serve' ? { ENVIRONMENT: 'development', DEV_SERVER: '1' } : undefined;
}

export default defineConfig(({ command, isPreview = false }) => {
  const vars = localRunVars(command, isPreview);
  return {
    plugins: [
      react(),
      cloudflare({
        persistState: { path: persistPath },
        config: (worker) => (vars ? { vars: { ...worker.vars, ...vars } } : {}),
      }),
      pwa,
    ],
    // Static files served as they are (the service worker's push handlers), kept with the web code.
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
    publicDir: 'web/public',
    server: { host: '127.0.0.1', port, strictPort: true, allowedHosts: ['.localhost'] },
    preview: { host: '127.0.0.1', allowedHosts: ['.localhost'] },
    build: {
      sourcemap: false,
      // zod's schema builders have no side effects: unused schemas (the API's) drop out of the page.
      rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
    },
  };
});
