// Copies the OpenMoji subset named in src/content/pictograms.ts into public/pictograms (run after changing it).
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PICTOGRAMS } from '../src/content/pictograms';

const source = 'node_modules/openmoji/color/svg';
const target = 'public/pictograms';
mkdirSync(target, { recursive: true });
const wanted = new Set(Object.values(PICTOGRAMS).map((f) => `${f}.svg`));
for (const file of readdirSync(target))
  if (file.endsWith('.svg') && !wanted.has(file)) rmSync(join(target, file));
for (const file of wanted) copyFileSync(join(source, file), join(target, file));
writeFileSync(
  join(target, 'ATTRIBUTION.md'),
  `# Pictograms\n\nAll emojis designed by OpenMoji – the open-source emoji and icon project (https://openmoji.org).\nLicense: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\nFiles: ${[...wanted].sort().join(', ')}\n`,
);
copyFileSync('node_modules/openmoji/LICENSE.txt', join(target, 'LICENSE.txt'));
console.log(`Copied ${wanted.size} pictograms to ${target}`);
