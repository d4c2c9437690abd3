/**
 * `npm run bench`: runs every benchmark of the project, one after the other, and records how
 * each ended.
 *
 * Convention: a benchmark is an npm script whose name starts with `bench:` (for example
 * `"bench:scan": "node bench/scan.ts"`). Adding such a script is all it takes to join; this
 * file never lists them. Scripts run in name order, each in its own process, with its output
 * shown as it comes. Each benchmark prints its figures (medians and ratios) and writes its
 * own JSON under bench/results/ (see bench/stats.ts `writeResults`); this runner adds
 * bench/results/summary-<time>.json with every script's exit status and duration.
 *
 *   npm run bench                 every bench:* script
 *   npm run bench -- scan moto    only bench:scan and bench:moto
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, writeResults } from './stats.ts';

const root = join(import.meta.dirname, '..');
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort();
const only = process.argv.slice(2);
const selected = only.length === 0 ? scripts : scripts.filter((s) => only.includes(s.slice('bench:'.length)));
if (selected.length === 0) {
  console.error(`no benchmark matches ${only.join(', ')}; the benchmarks are: ${scripts.join(', ')}`);
  process.exit(2);
}

console.log(`Benchmarks: ${selected.join(', ')}\nmachine: ${JSON.stringify(machine())}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results: { script: string; status: number | null; seconds: number }[] = [];
const started = performance.now();
for (const script of selected) {
  console.log(`\n=== ${script}`);
  const t = performance.now();
  const run = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  results.push({ script, status: run.status, seconds: (performance.now() - t) / 1000 });
}
const total = (performance.now() - started) / 1000;
console.log('\n=== summary');
for (const r of results) console.log(`  ${r.status === 0 ? 'ok    ' : 'FAILED'} ${r.script} (${r.seconds.toFixed(1)} s)`);
console.log(`  all benchmarks: ${total.toFixed(1)} s`);
console.log(`  results: ${writeResults('summary', { totalSeconds: total, scripts: results })}`);
if (results.some((r) => r.status !== 0)) process.exitCode = 1;
