/**
 * Benchmark: an end-to-end scan against the AWS emulator (moto) of a medium account seeded
 * through src/demo/seed: 3 regions, about 300 resources (KMS keys with aliases, buckets,
 * certificates, a trail, EBS volumes and snapshots, RDS instances and snapshots per region).
 * It prints the API calls the scan made (against its own plan after the listing) and the wall
 * time, median and range over the runs. The emulator answers in about a millisecond and
 * enforces no quota: this measures the scanner's own cost per call over real HTTP, not AWS.
 *
 *   npm run bench:moto -- [--runs 3]
 */
import { parseArgs } from 'node:util';
import { CallCounter, ClientFactory } from '../src/collect/index.ts';
import { seedAccount, type AccountDefinition } from '../src/demo/seed/index.ts';
import { ensureEmulatorInstalled, startEmulator } from '../src/emulator/moto.ts';
import { takeSnapshot } from '../src/scan.ts';
import { machine, show, spread, writeResults } from './stats.ts';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];

/** About 100 resources in each of the 3 regions. */
export function mediumAccount(): AccountDefinition {
  const d: Required<Pick<AccountDefinition, 'kms' | 's3' | 'acm' | 'cloudtrail'>> & AccountDefinition = {
    regions: REGIONS,
    kms: [],
    s3: [],
    acm: [],
    cloudtrail: [],
    ebs: { defaults: [], volumes: [], snapshots: [] },
    rds: { instances: [], snapshots: [] },
  };
  for (const [r, region] of REGIONS.entries()) {
    for (let i = 0; i < 20; i++) {
      d.kms.push({ ref: `k${r}-${i}`, region, aliases: [`alias/bench-${r}-${i}`], rotation: i % 2 === 0, tags: { team: 'bench' } });
    }
    for (let i = 0; i < 15; i++) {
      d.s3.push({
        name: `bench-{{account}}-${region}-${i}`,
        region,
        ...(i % 3 === 0 ? { encryption: { algorithm: 'aws:kms', key: `@k${r}-${i}` } } : {}),
        versioning: i % 2 === 0 ? 'Enabled' : 'Suspended',
      });
    }
    for (let i = 0; i < 8; i++) d.acm.push({ region, domain: `site${i}.${region}.example.com`, source: 'requested' });
    d.cloudtrail.push({ name: `trail-${region}`, region, bucket: `bench-trails-{{account}}-${region}`, kmsKey: `@k${r}-0` });
    d.ebs!.defaults!.push({ region, encryptionByDefault: r % 2 === 0 });
    for (let i = 0; i < 25; i++) {
      d.ebs!.volumes!.push({ ref: `v${r}-${i}`, region, ...(i % 4 === 0 ? {} : { kmsKey: `@k${r}-${i % 20}` }) });
    }
    for (let i = 0; i < 20; i++) d.ebs!.snapshots!.push({ ref: `s${r}-${i}`, volume: `v${r}-${i}`, ...(i === 0 ? { public: true } : {}) });
    for (let i = 0; i < 5; i++) {
      d.rds!.instances!.push({ id: `db-${r}-${i}`, region, ...(i % 2 === 0 ? { kmsKey: `@k${r}-${i}` } : {}) });
    }
    for (let i = 0; i < 6; i++)
      d.rds!.snapshots!.push({ id: `db-${r}-snap-${i}`, instance: `db-${r}-${i % 5}`, ...(i === 0 ? { public: true } : {}) });
  }
  return d;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  ensureEmulatorInstalled((line) => console.error(line));
  const emulator = await startEmulator();
  try {
    const seedStarted = performance.now();
    const seeder = new ClientFactory({
      credentialsFor: () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
      endpoint: emulator.endpoint,
      counter: new CallCounter(),
    });
    try {
      await seedAccount(seeder, mediumAccount());
    } finally {
      seeder.destroy();
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.error(`  seeded the medium account in ${seedSeconds.toFixed(1)} s`);

    const results = [];
    for (let i = 0; i < runs; i++) {
      const loadBefore = machine().loadavg[0] ?? 0;
      const started = performance.now();
      const result = await takeSnapshot({ endpoint: emulator.endpoint, regions: REGIONS });
      const wallSeconds = (performance.now() - started) / 1000;
      const resources = result.graph.nodes.filter((n) => n.type !== 'external').length;
      results.push({
        wallSeconds,
        calls: result.calls.total,
        planned: result.plan.total + 1,
        resources,
        gaps: result.graph.gaps.length,
        loadBefore,
      });
      console.error(
        `  run ${i + 1}/${runs}: ${wallSeconds.toFixed(2)} s, ${result.calls.total} calls, ${resources} resources, ${result.graph.gaps.length} gaps`,
      );
    }
    const wall = spread(results.map((r) => r.wallSeconds));
    const calls = spread(results.map((r) => r.calls));
    const first = results[0]!;
    console.log(
      [
        `\nEnd-to-end scan against moto (3 regions, ${first.resources} resources), ${runs} runs, medians with (min-max):`,
        `  API calls  ${show(calls, 0)}  (the plan after the listing said at most ${first.planned}, KMS counted as an upper bound)`,
        `  wall time  ${show(wall, 2)} s  (${((wall.median * 1000) / calls.median).toFixed(2)} ms per call)`,
        `  gaps       ${first.gaps} (operations moto does not implement)`,
        `  machine: ${JSON.stringify(machine())}; 1-minute load before the runs: ${show(spread(results.map((r) => r.loadBefore)), 2)}`,
      ].join('\n'),
    );
    const file = writeResults('moto', { regions: REGIONS, seedSeconds, wallSeconds: wall, calls, runs: results });
    console.log(`\n  results: ${file}`);
  } finally {
    await emulator.stop();
  }
}

await main();
