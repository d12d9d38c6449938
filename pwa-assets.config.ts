// The app's icons, generated at build from the one SVG by @vite-pwa/assets-generator (through vite-plugin-pwa's
// `pwaAssets`): no PNG is kept in the repository. Android asks for 192 and 512 (and the older launcher sizes),
// a maskable icon for its shaped home screens, iPadOS for an opaque 180×180 apple-touch-icon.
import { defineConfig, type Preset } from '@vite-pwa/assets-generator/config';

/** The brand green of the SVG's square: fills what a platform's own mask or an opaque icon shows around it. */
const ICON_BACKGROUND = '#2f6f5e';

export const ICON_SOURCE = 'public/icons/icon.svg';

export const iconPreset: Preset = {
  // The SVG is itself a rounded square, so the plain icons keep its edge and need no padding.
  transparent: { sizes: [48, 72, 96, 144, 192, 512], padding: 0, favicons: [[48, 'favicon.ico']] },
  // Android cuts a maskable icon to a circle or squircle: what matters stays in the inner 80 %, on the green.
  maskable: { sizes: [192, 512], padding: 0.15, resizeOptions: { background: ICON_BACKGROUND } },
  // iPadOS rounds the corners itself and shows transparency as black: opaque, full bleed.
  apple: { sizes: [180], padding: 0, resizeOptions: { background: ICON_BACKGROUND } },
};

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: iconPreset,
  images: [ICON_SOURCE],
});
