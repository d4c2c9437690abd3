/**
 * Benchmark: the organization run's aggregate step (src/lambda/aggregate.ts) over synthetic
 * runs of 100 and 500 accounts in the emulator's S3 (each account's summary.json and four
 * placeholder reports, see test/support/synthetic-run.ts). Each run is a fresh Node process
 * (as a Lambda invocation is), which reports its peak resident memory (maxRSS) and wall
 * time; a process that only loads the handler gives the baseline. The figure to compare
 * with the function's memory setting is the peak; flat across the two sizes means the step
 * does not hold the accounts.
 *
 *   npm run bench:aggregate -- [--runs 3]
 */
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureEmulatorInstalled, startEmulator } from '../src/emulator/moto.ts';
import { writeSyntheticRun } from '../test/support/synthetic-run.ts';
import { machine, show, spread, writeResults } from './stats.ts';

const REGION = 'us-east-1';
const BUCKET = 'cryptoposture-bench';
const SIZES = [100, 500];
const HANDLER = fileURLToPath(new URL('../src/lambda/index.ts', import.meta.url));

interface ChildRun {
  maxRssMiB: number;
  wallSeconds: number;
  accountsScanned?: number;
}

function child(script: string, env: NodeJS.ProcessEnv): ChildRun {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the aggregate process failed: ${run.stderr}`);
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`no result from the aggregate process: ${run.stdout}${run.stderr}`);
  return JSON.parse(line.slice(6)) as ChildRun;
}

const measure = (body: string) => `
const started = performance.now();
const m = await import(${JSON.stringify(HANDLER)});
console.log = () => {};
${body}
process.stdout.write('BENCH ' + JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, wallSeconds: (performance.now() - started) / 1000, ...extra }) + '\\n');
`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  ensureEmulatorInstalled((line) => console.error(line));
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
    const baseline = spread(Array.from({ length: runs }, () => child(measure('const extra = {};'), env).maxRssMiB));
    console.error(`  baseline (handler loaded, nothing run): ${show(baseline, 1)} MiB`);
    const sizes = [];
    for (const accounts of SIZES) {
      const runId = `2026-12-0${SIZES.indexOf(accounts) + 1}T06-00-00Z`;
      const seeded = performance.now();
      await writeSyntheticRun(s3, BUCKET, runId, accounts, ['snapshot.json', 'findings.json', 'results.sarif', 'report.html']);
      console.error(`  wrote ${accounts} accounts' outputs in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
      const results: ChildRun[] = [];
      for (let i = 0; i < runs; i++) {
        const r = child(
          measure(
            `const r = await m.aggregate({ runId: ${JSON.stringify(runId)} }); const extra = { accountsScanned: r.accountsScanned };`,
          ),
          env,
        );
        results.push(r);
        console.error(`  ${accounts} accounts, run ${i + 1}/${runs}: peak ${r.maxRssMiB.toFixed(1)} MiB, ${r.wallSeconds.toFixed(2)} s`);
      }
      sizes.push({
        accounts,
        scanned: results[0]!.accountsScanned,
        peakMiB: spread(results.map((r) => r.maxRssMiB)),
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
          (s) => `  ${String(s.accounts).padStart(4)} accounts            ${show(s.peakMiB, 1)} MiB peak RSS, ${show(s.wallSeconds, 2)} s`,
        ),
        `  machine: ${JSON.stringify(machine())}`,
      ].join('\n'),
    );
    const file = writeResults('aggregate', { baselineMiB: baseline, sizes });
    console.log(`\n  results: ${file}`);
  } finally {
    await emulator.stop();
  }
}

await main();
