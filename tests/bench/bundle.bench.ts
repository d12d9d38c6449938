// Bundle and precache size of the built PWA (stable figures, so they carry budgets).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSuite } from './report';

const KB = 1024;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

export const bundleSuite: BenchSuite = {
  id: 'bundle',
  title: 'Client bundle (after `npm run build`)',
  method: `Read from \`dist/\` of the last \`npm run build\`: the entry chunk is the script \`dist/index.html\` loads,
  gzipped (level 6, as a server would send it); "all JavaScript" is the sum of every gzipped \`assets/*.js\`; the
  precache is the raw size of every URL the service worker (\`dist/sw.js\`) precaches.`,
  async run(): Promise<BenchRow[]> {
    const all = files('dist');
    const js = all.filter((f) => f.endsWith('.js') && f.includes('/assets/'));
    const entry = readFileSync('dist/index.html', 'utf8').match(/assets\/(index-[\w-]+\.js)/)?.[1];
    const entryGzip = entry ? gzipSync(readFileSync(join('dist/assets', entry))).length : NaN;
    const jsGzip = js.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    const sw = readFileSync('dist/sw.js', 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    const precacheBytes = precached.reduce((n, url) => n + statSync(join('dist', url)).size, 0);
    return [
      { name: 'entry chunk, gzip', value: entryGzip / KB, unit: 'KiB', target: '≤ 200 KiB', met: entryGzip <= 200 * KB },
      { name: 'all JavaScript, gzip', value: jsGzip / KB, unit: 'KiB' },
      { name: 'precache (app shell, locales, fonts, pictograms)', value: precacheBytes / KB, unit: 'KiB', target: '≤ 5 MiB', met: precacheBytes <= 5 * KB * KB, note: `${precached.length} files` },
    ];
  },
};
