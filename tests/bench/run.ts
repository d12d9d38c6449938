// `npm run bench`: runs every benchmark suite and writes bench/results/*.json and docs/benchmarks.md.
import { bundleSuite } from './bundle.bench';
import { storageSuite } from './storage.bench';
import { writeReport, type BenchSuite } from './report';

const suites: BenchSuite[] = [bundleSuite, storageSuite];
const only = process.argv.slice(2);
const results = [];
for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.id))) {
  console.log(`bench: ${suite.title}`);
  const rows = await suite.run();
  for (const row of rows) console.log(`  ${row.name}: ${row.value.toFixed(2)} ${row.unit}${row.target ? ` (target ${row.target}: ${row.met ? 'met' : 'NOT met'})` : ''}`);
  results.push({ suite, rows });
}
writeReport(results, `npm run bench${only.length ? ` -- ${only.join(' ')}` : ''}`);
