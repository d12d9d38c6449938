// Bundle and precache size of the built PWA (stable figures, so they carry budgets).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSuite } from './report';

const KB = 1024;
/** Budget for the JavaScript of the first screen (the entry and the chunks index.html preloads with it), gzip. */
const FIRST_SCREEN_BUDGET_KB = 160;
/** The scripts dist/index.html loads before anything else: its module scripts, its modulepreloads and what they import statically. */
const firstScreenScripts = (html: string): string[] => {
  const found = new Set(
    [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1] ?? ''),
  );
  for (const script of found)
    for (const [, imported] of readFileSync(join('dist', script), 'utf8').matchAll(/(?:^|[;}])import(?:[\w${},\s*]+from)?\s*["']\.\/([\w.-]+\.js)["']/g))
      found.add(`assets/${imported}`);
  return [...found];
};
/** Libraries the first screen (the PIN pad) does without, by a text only their code holds. */
const NOT_ON_FIRST_SCREEN = {
  Dexie: 'DatabaseClosedError',
  Yjs: 'Yjs was already imported',
  zod: 'ZodError',
  i18next: 'i18next was not initialized',
};
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

export const bundleSuite: BenchSuite = {
  id: 'bundle',
  title: 'Client bundle (after `npm run build`)',
  method: `Read from \`dist/\` of the last \`npm run build\`: the entry chunks are the module scripts \`dist/index.html\` loads,
  gzipped (level 6, as a server would send it); "all JavaScript" is the sum of every gzipped \`assets/*.js\`; the
  precache is the raw size of every URL the service worker (\`dist/sw.js\`) precaches.`,
  async run(): Promise<BenchRow[]> {
    const all = files('dist');
    const js = all.filter((f) => f.endsWith('.js') && f.includes('/assets/'));
    const html = readFileSync('dist/index.html', 'utf8');
    const firstScreen = firstScreenScripts(html);
    const firstScreenGzip = firstScreen.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, 0);
    // The module scripts themselves (the build puts the start's code in one chunk beside the bundler's runtime).
    const entries = [...html.matchAll(/<script type="module"[^>]*src="\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1] ?? '');
    const entryGzip = entries.length > 0 ? entries.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, 0) : NaN;
    const firstScreenCode = firstScreen.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
    const heldByFirstScreen = Object.entries(NOT_ON_FIRST_SCREEN)
      .filter(([, marker]) => firstScreenCode.includes(marker))
      .map(([library]) => library);
    const jsGzip = js.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    const sw = readFileSync('dist/sw.js', 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    const unique = new Set(precached);
    const precacheBytes = [...unique].reduce((n, url) => n + statSync(join('dist', url)).size, 0);
    return [
      { name: 'entry chunks (the module scripts of index.html), gzip', value: entryGzip / KB, unit: 'KiB', target: '≤ 200 KiB', met: entryGzip <= 200 * KB, note: `${entries.length} scripts` },
      {
        name: 'first screen JavaScript (entry + preloaded chunks), gzip',
        value: firstScreenGzip / KB,
        unit: 'KiB',
        target: `≤ ${FIRST_SCREEN_BUDGET_KB} KiB`,
        met: firstScreen.length > 0 && firstScreenGzip <= FIRST_SCREEN_BUDGET_KB * KB,
        note: `${firstScreen.length} scripts`,
      },
      {
        name: `libraries the first screen loads of ${Object.keys(NOT_ON_FIRST_SCREEN).join(', ')}`,
        value: heldByFirstScreen.length,
        unit: '',
        target: 'none',
        met: heldByFirstScreen.length === 0,
        note: heldByFirstScreen.join(', ') || 'the PIN pad shows before the database, Yjs, the schemas and i18next load',
      },
      { name: 'all JavaScript, gzip', value: jsGzip / KB, unit: 'KiB' },
      { name: 'precache (app shell, locales, fonts, pictograms)', value: precacheBytes / KB, unit: 'KiB', target: '≤ 5 MiB', met: precacheBytes <= 5 * KB * KB, note: `${unique.size} files` },
      { name: 'precache entries listed more than once', value: precached.length - unique.size, unit: '', target: '0', met: precached.length === unique.size },
    ];
  },
};
