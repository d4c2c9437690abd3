/**
 * Benchmark: the organization run's aggregate step (src/lambda/aggregate.ts) over synthetic
 * runs of 100 and 500 accounts in the emulator's S3 (each account's summary.json and four
 * placeholder reports, see test/support/synthetic-run.ts). It runs the bundle that
 * `npm run package:lambda` builds (what Lambda runs), each time in a fresh Node process (as
 * a Lambda invocation is), which reports its peak resident memory (maxRSS) and wall time;
 * a process that only loads the bundle gives the baseline. The figure to compare
 * with the function's memory setting is the peak; flat across the two sizes means the step
 * does not hold the accounts.
 *
 *   npm run bench:aggregate -- [--runs 3]
 */
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { unzipSync } from 'fflate';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureEmulatorInstalled, startEmulator } from '../src/emulator/moto.ts';
import { packageLambda } from '../scripts/package-lambda.ts';
import { writeSyntheticRun } from '../test/support/synthetic-run.ts';
import { machine, show, spread, writeResults } from './stats.ts';

const REGION = 'us-east-1';
const BUCKET = 'cryptoposture-bench';
const SIZES = [100, 500];

/** Builds the Lambda bundle and unpacks its code; returns the path of index.mjs. */
async function bundledHandler(): Promise<string> {
  const { zip } = await packageLambda();
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-lambda-'));
  const code = unzipSync(new Uint8Array(readFileSync(zip)))['index.mjs'];
  if (!code) throw new Error('the Lambda bundle has no index.mjs');
  writeFileSync(join(dir, 'index.mjs'), code);
  return join(dir, 'index.mjs');
}

interface ChildRun {
  maxRssMiB: number;
  /** The JavaScript heap still in use after a full collection at the end: what the step holds on to. */
  retainedMiB: number;
  wallSeconds: number;
  accountsScanned?: number;
}

/** Runs `script` in a new Node process; asynchronously, so that the emulator (a child of this process) keeps being served. */
async function child(script: string, env: NodeJS.ProcessEnv): Promise<ChildRun> {
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  if (run.status !== 0) throw new Error(`the aggregate process failed: ${run.stderr}`);
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`no result from the aggregate process: ${run.stdout}${run.stderr}`);
  return JSON.parse(line.slice(6)) as ChildRun;
}

const measure = (handler: string, body: string) => `
const started = performance.now();
const m = await import(${JSON.stringify(handler)});
console.log = () => {};
${body}
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
globalThis.gc();
const retainedMiB = process.memoryUsage().heapUsed / 1024 / 1024;
process.stdout.write('BENCH ' + JSON.stringify({ maxRssMiB, retainedMiB, wallSeconds: (performance.now() - started) / 1000, ...extra }) + '\\n');
`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  ensureEmulatorInstalled((line) => console.error(line));
  const handler = await bundledHandler();
  const emulator = await startEmulator();
  try {
    const config = { region: REGION, endpoint: emulator.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
    const s3 = new S3Client({ ...config, forcePathStyle: true });
    const kms = new KMSClient(config);
    const key = (await kms.send(new CreateKeyCommand({ Description: 'bench reports' }))).KeyMetadata!.Arn!;
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    const env = {
      ...process.env,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      REPORTS_BUCKET: BUCKET,
      REPORTS_KMS_KEY_ARN: key,
      CRYPTOPOSTURE_ENDPOINT_URL: emulator.endpoint,
    };
    const baselines: number[] = [];
    for (let i = 0; i < runs; i++) baselines.push((await child(measure(handler, 'const extra = {};'), env)).maxRssMiB);
    const baseline = spread(baselines);
    console.error(`  baseline (handler loaded, nothing run): ${show(baseline, 1)} MiB`);
    const sizes = [];
    for (const accounts of SIZES) {
      const runId = `2026-12-0${SIZES.indexOf(accounts) + 1}T06-00-00Z`;
      const seeded = performance.now();
      await writeSyntheticRun(s3, BUCKET, runId, accounts, ['snapshot.json', 'findings.json', 'results.sarif', 'report.html']);
      console.error(`  wrote ${accounts} accounts' outputs in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
      const results: ChildRun[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await child(
          measure(
            handler,
            `const r = await m.aggregate({ runId: ${JSON.stringify(runId)} }); const extra = { accountsScanned: r.accountsScanned };`,
          ),
          env,
        );
        results.push(r);
        console.error(
          `  ${accounts} accounts, run ${i + 1}/${runs}: peak ${r.maxRssMiB.toFixed(1)} MiB, heap after GC ${r.retainedMiB.toFixed(1)} MiB, ${r.wallSeconds.toFixed(2)} s`,
        );
      }
      sizes.push({
        accounts,
        scanned: results[0]!.accountsScanned,
        peakMiB: spread(results.map((r) => r.maxRssMiB)),
        retainedMiB: spread(results.map((r) => r.retainedMiB)),
        wallSeconds: spread(results.map((r) => r.wallSeconds)),
      });
    }
    s3.destroy();
    kms.destroy();
    console.log(
      [
        `\nAggregate step over synthetic organization runs in moto, ${runs} runs each, medians with (min-max):`,
        `  baseline (handler loaded)  ${show(baseline, 1)} MiB peak RSS`,
        ...sizes.map(
          (s) =>
            `  ${String(s.accounts).padStart(4)} accounts            ${show(s.peakMiB, 1)} MiB peak RSS, ${show(s.retainedMiB, 1)} MiB heap after GC, ${show(s.wallSeconds, 2)} s`,
        ),
        `  machine: ${JSON.stringify(machine())} at the end`,
      ].join('\n'),
    );
    const file = writeResults('aggregate', { baselineMiB: baseline, sizes });
    console.log(`\n  results: ${file}`);
  } finally {
    await emulator.stop();
  }
}

await main();
