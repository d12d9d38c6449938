// Unit tests, beside the code in src/: the app's (DOM tests in happy-dom, IndexedDB from fake-indexeddb) and the
// server's pure ones (src/server/**, in Node). The server's tests that need a database or a running server are
// the integration suite (vitest.integration.config.ts); a test runs in exactly one of the two.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lockTexts } from './scripts/lockTextsPlugin';

export default defineConfig({
  plugins: [react(), lockTexts()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: { alias: { 'virtual:pwa-register': '/src/app/testing/pwaRegisterStub.ts' } },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/server/**', 'node_modules'],
          environment: 'happy-dom',
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
