// Integration tests (real server, PGlite always, PostgreSQL/Redis when DATABASE_URL/REDIS_URL are set; files run one
// by one) and the server's pure unit tests beside its code, which need Node rather than the DOM.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts', 'src/server/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
