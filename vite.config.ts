// Vite build of the PWA: React, the service worker (prompt-for-update), the precache list, and the home-screen
// icons generated from public/icons/icon.svg (pwa-assets.config.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lockTexts } from './scripts/lockTextsPlugin';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { defaultAssetName, type AssetSize } from '@vite-pwa/assets-generator/config';
import pkg from './package.json' with { type: 'json' };
import { iconPreset } from './pwa-assets.config';

/** Where the generated icons are served: beside their SVG, in /icons/ (dist/icons/ after the build). */
const ICONS_URL = '/icons/';

const side = (size: AssetSize) => (typeof size === 'number' ? { width: size, height: size } : size);

/** The manifest's icons, named as the generator names the files it writes from the same preset. */
const manifestIcons = (): ManifestOptions['icons'] => [
  ...(['transparent', 'maskable'] as const).flatMap((type) =>
    iconPreset[type].sizes.map((size) => {
      const { width, height } = side(size);
      return {
        src: `${ICONS_URL}${defaultAssetName(type, { original: size, width, height })}`,
        sizes: `${width}x${height}`,
        type: 'image/png',
        purpose: type === 'maskable' ? 'maskable' : 'any',
      };
    }),
  ),
  { src: `${ICONS_URL}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
];

export default defineConfig({
  plugins: [
    react(),
    lockTexts(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // PNG icons, favicon.ico and the apple-touch-icon are made at build (and served by the dev server) from the
      // SVG; their <link>s go into index.html. `integration.baseUrl` puts those links under /icons/, where the files
      // are written; the manifest lists the icons itself (manifestIcons above), as the generator would name them
      // from the root.
      pwaAssets: {
        config: true,
        overrideManifestIcons: false,
        includeHtmlHeadLinks: true,
        injectThemeColor: false,
        integration: { baseUrl: ICONS_URL },
      },
      manifest: {
        id: '/',
        name: 'Samenspraak',
        short_name: 'Samenspraak',
        description: 'Samen in gesprek: brede intake en PIP',
        lang: 'nl',
        theme_color: '#2f6f5e',
        background_color: '#f7f4ee',
        display: 'standalone',
        orientation: 'any',
        start_url: '/',
        scope: '/',
        icons: manifestIcons(),
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync/],
        cleanupOutdatedCaches: true,
        // The precache lists each file once: the plugin adds the web manifest and the icon it is made from itself.
        globIgnores: ['manifest.webmanifest', 'icons/icon.svg'],
        // The first service worker takes control of the page it was installed from, so a consultant who
        // goes offline without ever reloading has the whole app. A newer one still waits for the prompt.
        clientsClaim: true,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself; the polyfill only cost the start a check.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically in one chunk beside the entry: a cold start fetches two
        // scripts through the service worker instead of about twenty (each fetch costs the page and the worker).
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173 },
});
