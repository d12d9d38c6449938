// Integration tests: a real server and database (PGlite always, PostgreSQL/Redis when DATABASE_URL/REDIS_URL are
// set), files run one by one. The server's unit tests beside its code (src/server/**/*.test.ts) are the unit
// suite's (vitest.config.ts): a test runs in exactly one of the two.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
