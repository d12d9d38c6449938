// Vite plugin: `virtual:lock-texts` is the `lock` part of locales/nl/common.json as a module of its own, so the
// start bundle (the PIN screens, app/lock/lockTexts.ts) carries those few words without the whole file, which
// comes with i18next after the pad. One source for the words; the build and the tests (vitest) both use it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:lock-texts';
const RESOLVED = `\0${ID}`;
const COMMON = fileURLToPath(new URL('../locales/nl/common.json', import.meta.url));

export const lockTexts = (): Plugin => ({
  name: 'samenspraak-lock-texts',
  resolveId: (id) => (id === ID ? RESOLVED : undefined),
  load(id) {
    if (id !== RESOLVED) return undefined;
    this.addWatchFile(COMMON);
    const { lock } = JSON.parse(readFileSync(COMMON, 'utf8')) as { lock: unknown };
    return `export const lock = ${JSON.stringify(lock)};`;
  },
});
