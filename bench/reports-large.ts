/**
 * Benchmark: the large synthetic account (bench/sim/scenarios.ts: 17 regions, every service)
 * evaluated from its saved snapshot and reported in every format, as `evaluate --snapshot`
 * does: read and validate the snapshot, evaluate the built-in rules, post-process, write the
 * reports (src/report/write.ts). Targets: peak RSS under 1 GiB and under 20 s with every
 * format.
 *
 * Each measurement is a child process of its own, so that its peak RSS is its own:
 * - every format together, `--runs` times: wall time of each step and of each file, peak RSS;
 * - each format alone, and no format (the floor: reading and evaluating), once each: the
 *   peak RSS that format adds.
 * The first run's results.sarif is checked with check-sarif.
 *
 * The snapshot comes from a scan of the simulated account with its quotas lifted and no
 * latency (about a minute of CPU); it is kept under bench/results/ (git-ignored), named by
 * a digest of the code that produces it, and made again when that code changes.
 *
 *   npm run bench:reports-large -- [--runs 3] [--snapshot FILE] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_QUOTAS } from '../src/collect/pacing.ts';
import { evaluateSnapshot, prepareRules } from '../src/engine/index.ts';
import { readSnapshotFile, serializeSnapshot } from '../src/graph/snapshot.ts';
import { postprocess } from '../src/postprocess/index.ts';
import { REPORT_FORMATS, writeReports, type ReportFormat } from '../src/report/index.ts';
import { packageRoot } from '../src/resources.ts';
import { takeSnapshot } from '../src/scan.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { checkSarif } from '../test/support/sarif-check.ts';
import { SyntheticAccount } from './sim/account.ts';
import { SimulatedAws } from './sim/aws.ts';
import { SCENARIOS } from './sim/scenarios.ts';
import { machine, RESULTS_DIR, show, spread, writeResults, type Spread } from './stats.ts';

const TARGET_RSS_MIB = 1024;
const TARGET_SECONDS = 20;
const SELF = fileURLToPath(import.meta.url);

interface FileFigures {
  format: ReportFormat;
  file: string;
  bytes: number;
  seconds: number;
  /** Peak RSS of the process when the file was complete. */
  peakRssMiB: number;
}

interface RunFigures {
  formats: ReportFormat[];
  loadBefore: number;
  nodes: number;
  results: number;
  failing: number;
  readSeconds: number;
  evaluateSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  /** CPU time of the process (user and system, every thread): what the wall time approaches on an idle machine. */
  cpuSeconds: number;
  peakRssMiB: number;
  files: FileFigures[];
  failed: { format: string; file: string; error: string }[];
}

const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

/** Child: what `evaluate --snapshot FILE --format ...` does, timed step by step. */
async function evaluateChild(snapshotFile: string, formats: ReportFormat[], out: string): Promise<RunFigures> {
  const loadBefore = machine().loadavg[0] ?? 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const run = await readSnapshotFile(snapshotFile);
  const read = performance.now();
  const evaluation = postprocess(evaluateSnapshot(run, prepareRules()), {});
  const evaluated = performance.now();
  const files: FileFigures[] = [];
  let last = evaluated;
  mkdirSync(out, { recursive: true });
  const written = await writeReports({ evaluation, snapshot: run.snapshot }, formats, out, {
    onWritten: (w) => {
      const now = performance.now();
      files.push({ format: w.format, file: w.file, bytes: w.bytes, seconds: (now - last) / 1000, peakRssMiB: peakRssMiB() });
      last = now;
    },
  });
  const done = performance.now();
  return {
    formats,
    loadBefore,
    nodes: run.snapshot.graph.nodes.length,
    results: evaluation.results.length,
    failing: evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error').length,
    readSeconds: (read - started) / 1000,
    evaluateSeconds: (evaluated - read) / 1000,
    writeSeconds: (done - evaluated) / 1000,
    totalSeconds: (done - started) / 1000,
    cpuSeconds: ((cpu) => (cpu.user + cpu.system) / 1e6)(process.cpuUsage(cpuBefore)),
    peakRssMiB: peakRssMiB(),
    files,
    failed: written.failed.map((f) => ({ format: f.format, file: f.file, error: String(f.error) })),
  };
}

/** Child: scans the large simulated account (quotas lifted, no latency) and saves its snapshot. */
async function snapshotChild(file: string): Promise<void> {
  const account = new SyntheticAccount(SCENARIOS['large']!);
  const quotas = Object.fromEntries(Object.entries(DEFAULT_QUOTAS).map(([k, q]) => [k, { ...q, rate: 1e6, burst: 1e6 }]));
  const sim = new SimulatedAws(account, { latencyMs: 0, jitter: 0, quotas });
  process.env['AWS_ACCESS_KEY_ID'] = 'simulated';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'simulated';
  const result = await takeSnapshot({ regions: account.regions, customizeClients: sim.customize, quotas });
  if (result.snapshot.gaps.length > 0) throw new Error(`the simulated scan has ${result.snapshot.gaps.length} gaps`);
  writeFileSync(file, serializeSnapshot(result.snapshot));
}

/** A digest of the code a snapshot of the simulated account depends on. */
function codeDigest(): string {
  const hash = createHash('sha256');
  const add = (dir: string) => {
    for (const entry of readdirSync(join(packageRoot, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const path = join(entry.parentPath, entry.name);
      hash.update(relative(packageRoot, path)).update(readFileSync(path));
    }
  };
  for (const dir of ['src/collect', 'src/graph', 'src/policy', 'bench/sim']) add(dir);
  hash.update(readFileSync(join(packageRoot, 'package.json')));
  return hash.digest('hex').slice(0, 12);
}

function spawnChild(args: string[]): string {
  const child = spawnSync(process.execPath, [SELF, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${args.join(' ')} ended with status ${child.status}`);
  return child.stdout.trim().split('\n').pop() ?? '';
}

function measure(snapshot: string, formats: readonly ReportFormat[], out: string): RunFigures {
  return JSON.parse(spawnChild(['--evaluate', snapshot, '--formats', formats.join(','), '--out', out])) as RunFigures;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const TARGET_HTML_BYTES = 15_000_000;
const TARGET_READY_MS = 3_000;

/** Opens report.html from disk in headless Chromium `loads` times; the page's own time to ready (ms), medians and range. */
async function readyInChromium(file: string, loads: number): Promise<Spread> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      times.push(Number(await page.getAttribute('body', 'data-ready-ms')));
      await page.close();
    }
    return spread(times);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      evaluate: { type: 'string' },
      formats: { type: 'string', default: '' },
      out: { type: 'string' },
      'make-snapshot': { type: 'string' },
      snapshot: { type: 'string' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values['make-snapshot']) return snapshotChild(values['make-snapshot']);
  if (values.evaluate) {
    const formats = values.formats === '' ? [] : (values.formats.split(',') as ReportFormat[]);
    const figures = await evaluateChild(values.evaluate, formats, values.out ?? mkdtempSync(join(tmpdir(), 'cp-bench-')));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }

  let snapshot = values.snapshot;
  if (!snapshot) {
    snapshot = join(RESULTS_DIR, `large-account-${codeDigest()}.snapshot.json`);
    if (!existsSync(snapshot)) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      console.error(`  scanning the large simulated account into ${relative(packageRoot, snapshot)} ...`);
      const t = performance.now();
      spawnChild(['--make-snapshot', snapshot]);
      console.error(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  console.error(`  snapshot: ${mib(statSync(snapshot).size)}`);

  const work = mkdtempSync(join(tmpdir(), 'cp-bench-reports-large-'));
  const runs = Number(values.runs);
  const all: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const figures = measure(snapshot, REPORT_FORMATS, join(work, `all-${i}`));
    all.push(figures);
    console.error(
      `  every format, run ${i + 1}/${runs}: ${figures.totalSeconds.toFixed(2)} s (CPU ${figures.cpuSeconds.toFixed(2)} s), peak ${figures.peakRssMiB.toFixed(0)} MiB`,
    );
  }
  const alone = new Map<string, RunFigures>();
  for (const format of ['(none)', ...REPORT_FORMATS] as const) {
    const figures = measure(snapshot, format === '(none)' ? [] : [format], join(work, `alone-${format}`));
    alone.set(format, figures);
    console.error(`  ${format} alone: ${figures.totalSeconds.toFixed(2)} s, peak ${figures.peakRssMiB.toFixed(0)} MiB`);
  }
  const sarif = await checkSarif(join(work, 'all-0', 'results.sarif'));
  const htmlFile = join(work, 'all-0', 'report.html');
  const htmlBytes = statSync(htmlFile).size;
  const ready = await readyInChromium(htmlFile, 3);

  const first = all[0]!;
  const total = spread(all.map((r) => r.totalSeconds));
  const peak = spread(all.map((r) => r.peakRssMiB));
  const step = (pick: (r: RunFigures) => number): Spread => spread(all.map(pick));
  const perFormat = REPORT_FORMATS.map((format) => {
    const ofFormat = (r: RunFigures) => r.files.filter((f) => f.format === format);
    return {
      format,
      files: ofFormat(first).map((f) => f.file),
      bytes: ofFormat(first).reduce((n, f) => n + f.bytes, 0),
      seconds: step((r) => ofFormat(r).reduce((n, f) => n + f.seconds, 0)),
      aloneSeconds: alone.get(format)!.totalSeconds,
      alonePeakRssMiB: alone.get(format)!.peakRssMiB,
    };
  });
  const floor = alone.get('(none)')!;
  const failed = all.flatMap((r) => r.failed);
  const targets = {
    'every format written': { met: failed.length === 0, detail: failed.length === 0 ? 'yes' : JSON.stringify(failed) },
    'peak RSS under 1 GiB': { met: peak.max < TARGET_RSS_MIB, detail: `worst run ${peak.max.toFixed(0)} MiB` },
    'under 20 s': { met: total.max < TARGET_SECONDS, detail: `worst run ${total.max.toFixed(2)} s` },
    'check-sarif passes': { met: sarif.code === 0, detail: sarif.code === 0 ? 'yes' : sarif.output.trim() },
    'report.html under 15 MB': { met: htmlBytes < TARGET_HTML_BYTES, detail: `${(htmlBytes / 1e6).toFixed(1)} MB` },
    'report.html ready in headless Chromium within 3 s': {
      met: ready.max < TARGET_READY_MS,
      detail: `${show(ready, 0)} ms from navigation to the page's ready marker, 3 loads`,
    },
  };

  const out: string[] = [];
  out.push(
    `\nReports of the large account (${first.nodes} nodes, ${first.results} results, ${first.failing} failing), evaluated from its snapshot; medians with (min-max) over ${runs} runs:`,
  );
  out.push(
    `  every format   ${show(total, 2)} s (CPU ${show(
      step((r) => r.cpuSeconds),
      2,
    )} s)   peak RSS ${show(peak, 0)} MiB`,
  );
  out.push(
    `    read and validate the snapshot ${show(
      step((r) => r.readSeconds),
      2,
    )} s, evaluate ${show(
      step((r) => r.evaluateSeconds),
      2,
    )} s, write ${show(
      step((r) => r.writeSeconds),
      2,
    )} s`,
  );
  out.push(
    `  reading and evaluating alone: ${floor.totalSeconds.toFixed(2)} s (CPU ${floor.cpuSeconds.toFixed(2)} s), peak RSS ${floor.peakRssMiB.toFixed(0)} MiB`,
  );
  out.push('  format       size        time in the run    alone: total, peak RSS');
  for (const f of perFormat) {
    out.push(
      `  ${f.format.padEnd(11)} ${mib(f.bytes).padStart(10)}   ${`${show(f.seconds, 2)} s`.padEnd(18)} ${f.aloneSeconds.toFixed(2)} s, ${f.alonePeakRssMiB.toFixed(0)} MiB`,
    );
  }
  for (const [target, t] of Object.entries(targets)) out.push(`  ${t.met ? 'MET ' : 'MISS'} ${target}: ${t.detail}`);
  out.push(`  machine: ${JSON.stringify(machine())}; 1-minute load before the runs: ${show(spread(all.map((r) => r.loadBefore)), 2)}`);
  console.log(out.join('\n'));
  const file = writeResults('reports-large', {
    snapshot: relative(packageRoot, snapshot),
    runs: all,
    alone: Object.fromEntries(alone),
    perFormat,
    targets,
  });
  console.log(`\n  results: ${file}`);
  if (values.keep) console.log(`  reports kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (Object.values(targets).some((t) => !t.met)) process.exitCode = 1;
}

await main();
