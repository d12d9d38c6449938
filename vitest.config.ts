// Unit tests: beside the code in src/, DOM tests in happy-dom, IndexedDB from fake-indexeddb.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: { alias: { 'virtual:pwa-register': '/src/app/testing/pwaRegisterStub.ts' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/server/**', 'node_modules'],
    environment: 'happy-dom',
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
  },
});
