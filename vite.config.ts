import { cloudflare } from '@cloudflare/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The local D1 lives in .wrangler/state unless a test run points it elsewhere.
const persistPath = process.env.VITRINE_STATE_DIR ?? '.wrangler/state';

export default defineConfig(({ command, isPreview }) => ({
  plugins: [
    react(),
    cloudflare({
      persistState: { path: persistPath },
      // Only the dev server's hot reload needs a looser page policy; builds and previews keep the strict one.
      config: command === 'serve' && !isPreview ? { vars: { DEV_SERVER: '1' } } : {},
    }),
  ],
  server: { host: '127.0.0.1', allowedHosts: ['.localhost'] },
  preview: { host: '127.0.0.1', allowedHosts: ['.localhost'] },
  build: { sourcemap: false },
}));
