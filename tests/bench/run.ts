// `npm run bench`: runs every benchmark suite and writes bench/results/*.json and docs/benchmarks.md.
// `npm run bench -- sync load` runs only the suites with those ids.
import { backofficeSuite } from './backoffice.bench';
import { bundleSuite } from './bundle.bench';
import { caselistSuite } from './caselist.bench';
import { fairnessSuite } from './fairness.bench';
import { lighthouseSuite } from './lighthouse.bench';
import { loadSuite } from './load.bench';
import { storageSuite } from './storage.bench';
import { syncSuite } from './sync.bench';
import { tabletSuite } from './tablet.bench';
import { writeReport, type BenchRow, type BenchSuite } from './report';

const suites: BenchSuite[] = [bundleSuite, storageSuite, syncSuite, loadSuite, fairnessSuite, backofficeSuite, caselistSuite, tabletSuite, lighthouseSuite];
const only = process.argv.slice(2);
const unknown = only.filter((id) => !suites.some((s) => s.id === id));
if (unknown.length) {
  console.error(`bench: unknown suite ${unknown.join(', ')}; known: ${suites.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const results: { suite: BenchSuite; rows: BenchRow[] }[] = [];
for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.id))) {
  console.log(`bench: ${suite.title}`);
  const started = Date.now();
  let rows: BenchRow[];
  try {
    rows = await suite.run();
  } catch (error) {
    // A failed suite is reported as failed; the others still run.
    console.error(`bench: ${suite.id} failed:`, error);
    process.exitCode = 1;
    rows = [{ name: 'suite failed', value: NaN, unit: '', target: 'runs', met: false, note: error instanceof Error ? error.message : String(error) }];
  }
  for (const row of rows) console.log(`  ${row.name}: ${Number.isNaN(row.value) ? '—' : `${row.value.toFixed(2)} ${row.unit}`}${row.target ? ` (target ${row.target}: ${row.met ? 'met' : 'NOT met'})` : ''}${row.note ? ` — ${row.note}` : ''}`);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  results.push({ suite, rows });
}
writeReport(results, `npm run bench${only.length ? ` -- ${only.join(' ')}` : ''}`, suites);
// Nothing a suite left behind (a timer, an idle pool) keeps the run alive.
process.exit(process.exitCode ?? 0);
