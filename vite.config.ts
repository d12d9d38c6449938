// Vite build of the PWA: React, the service worker (prompt-for-update) and the precache list.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['pictograms/*.svg', 'icons/*.svg'],
      manifest: {
        name: 'Samenspraak',
        short_name: 'Samenspraak',
        description: 'Samen in gesprek: brede intake en PIP',
        lang: 'nl',
        theme_color: '#2f6f5e',
        background_color: '#f7f4ee',
        display: 'standalone',
        orientation: 'any',
        start_url: '/',
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync/],
        cleanupOutdatedCaches: true,
        // The first service worker takes control of the page it was installed from, so a consultant who
        // goes offline without ever reloading has the whole app. A newer one still waits for the prompt.
        clientsClaim: true,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173 },
});
