import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests on PGlite start a database and replay every migration first: seconds on a busy machine.
    hookTimeout: 60_000,
    // `server-only` throws outside a React Server environment; unit tests are plain Node.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts') },
  },
});
