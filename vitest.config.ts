import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const migrations = await readD1Migrations(`${import.meta.dirname}/schema/migrations`);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Worker tests run as a local instance; the tests of production pass their own env.
            miniflare: { bindings: { TEST_MIGRATIONS: migrations, ENVIRONMENT: 'development' } },
          }),
        ],
        test: {
          name: 'worker',
          // Property tests run hundreds of requests through workerd; shared 2-core machines
          // under load need far more than the 5 s default, and a timeout proves nothing.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/apply-migrations.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          testTimeout: 30_000,
          environment: 'happy-dom',
          include: ['tests/web/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'unit',
          testTimeout: 60_000,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
