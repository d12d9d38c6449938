// Browser tests: real server, Debian Chromium via playwright-core; one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A busy CI machine can take seconds for a reload; polls wait up to 15 s (they pass as soon as the page is ready).
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
