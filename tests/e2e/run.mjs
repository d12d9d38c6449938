// `npm run test:e2e`: makes sure Chromium is there, then runs the browser tests with Vitest.
import { spawnSync } from 'node:child_process';

const ensure = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '-e',
    "import('./tests/e2e/lib/chromium.ts').then(m => console.log('Chromium: ' + m.ensureChromium()))",
  ],
  { stdio: 'inherit' },
);
if (ensure.status !== 0) process.exit(ensure.status ?? 1);
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
