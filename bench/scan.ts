/**
 * Benchmark: a full scan of a synthetic account through the simulated AWS (bench/sim), with
 * the pacer on, the SDK's adaptive retries, and AWS's documented quotas enforced by the
 * simulation. For a large account (17 regions, 2,000 keys, 500 certificates of which 300 in
 * us-east-1, 3,000 buckets, 20,000 volumes, 50,000 snapshots, 300 databases, 3,000 database
 * snapshots, 5 trails, 34,000 secrets, 34,000 SecureString parameters) and a small one (3 regions, 50 of each), it prints and records:
 * API calls made against the model's minimum, throttled attempts, wall time against the
 * quota-bound time plus one round trip per sequential call, peak memory, and resources lost.
 * Then both again with the pacer off, so that the simulated AWS throttles for real and the
 * SDK's adaptive retries must recover: the throttling check (resources lost must be zero).
 *
 *   npm run bench:scan -- [--runs-large 3] [--runs-small 5] [--latency 50] [--only large|small] [--no-throttling-check]
 *
 * Every run is a child process of its own, so that its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { planScan, quotaBounds, referenceSeconds } from '../src/collect/plan.ts';
import { takeSnapshot } from '../src/scan.ts';
import { SyntheticAccount } from './sim/account.ts';
import { SimulatedAws } from './sim/aws.ts';
import { SCENARIOS } from './sim/scenarios.ts';
import { machine, show, spread, writeResults, type Spread } from './stats.ts';

/** What one run measured. */
interface RunResult {
  scenario: string;
  latencyMs: number;
  pacing: boolean;
  loadBefore: number;
  calls: number;
  modelCalls: number;
  throttled: number;
  errors: number;
  gaps: number;
  wallSeconds: number;
  /** When the listing phase ended (the plan was made), and when collection ended; the rest is building the graph. */
  listedAtSeconds: number;
  /**
   * The least time of the listing phase at the quotas: its busiest bucket's. Every detail call
   * waits for the plan, so this part of the quota-bound time cannot overlap the details'.
   */
  listingBoundSeconds: number;
  collectedAtSeconds: number;
  cpuSeconds: number;
  /** CPU time the simulation spent making answers (not the scanner's). */
  simCpuSeconds: number;
  quotaBoundSeconds: number;
  sequentialRoundTrips: number;
  referenceSeconds: number;
  peakRssMiB: number;
  nodes: number;
  lost: number;
  lostByType: Record<string, number>;
  /** The plan `scan --plan` would print (KMS counts are upper bounds before DescribeKey). */
  listingPlanCalls: number;
  slowestQuota: string;
  byOperation: Record<string, { made: number; model: number }>;
}

async function runOnce(scenario: string, latencyMs: number, pacing: boolean): Promise<RunResult> {
  const spec = SCENARIOS[scenario];
  if (!spec) throw new Error(`unknown scenario ${scenario}`);
  const account = new SyntheticAccount(spec);
  const sim = new SimulatedAws(account, { latencyMs });
  process.env['AWS_ACCESS_KEY_ID'] = 'simulated';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'simulated';
  const loadBefore = machine().loadavg[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let listedAt = 0;
  let collectedAt = 0;
  const result = await takeSnapshot({
    regions: account.regions,
    customizeClients: sim.customize,
    pacing,
    onPlan: () => {
      listedAt = performance.now();
    },
    onProgress: (p) => {
      if (p.tasksDone === p.tasksTotal) collectedAt = performance.now();
    },
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  // The model's minimum: the calls of the true census, plus GetCallerIdentity.
  const model = planScan(account.census(), { scopeRoundTrips: 1 });
  const byOperation: RunResult['byOperation'] = { 'sts:GetCallerIdentity': { made: 0, model: 1 } };
  for (const c of model.calls) {
    const entry = (byOperation[`${c.client}:${c.operation}`] ??= { made: 0, model: 0 });
    entry.model += c.calls;
  }
  for (const [op, made] of result.calls.byOperation()) (byOperation[op] ??= { made: 0, model: 0 }).made = made;
  const counts = result.calls.counts();

  const found: Record<string, number> = {};
  for (const n of result.graph.nodes) found[n.type] = (found[n.type] ?? 0) + 1;
  const lostByType: Record<string, number> = {};
  for (const [type, n] of Object.entries(account.expectedNodes())) {
    const lost = n - (found[type] ?? 0);
    if (lost !== 0) lostByType[type] = lost;
  }
  const slowest = model.slowest;
  return {
    scenario,
    latencyMs,
    pacing,
    loadBefore,
    calls: result.calls.total,
    modelCalls: model.total + 1,
    throttled: counts.reduce((n, c) => n + c.throttled, 0),
    errors: counts.reduce((n, c) => n + c.errors - c.throttled, 0),
    gaps: result.graph.gaps.length,
    wallSeconds,
    listedAtSeconds: (listedAt - started) / 1000,
    listingBoundSeconds: quotaBounds(model.calls.filter((c) => c.phase === 'list'))[0]?.seconds ?? 0,
    collectedAtSeconds: (collectedAt - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    simCpuSeconds: sim.answerMs / 1000,
    quotaBoundSeconds: model.quotaBoundSeconds,
    sequentialRoundTrips: model.sequentialRoundTrips,
    referenceSeconds: referenceSeconds(model, latencyMs / 1000),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    nodes: result.graph.nodes.length,
    lost: Object.values(lostByType).reduce((a, b) => a + Math.max(0, b), 0),
    lostByType,
    listingPlanCalls: result.plan.total + 1,
    slowestQuota: slowest
      ? `${slowest.bucket} in ${slowest.region}: ${slowest.calls} calls at ${slowest.rate}/s after ${slowest.burst}`
      : 'none',
    byOperation,
  };
}

interface Summary {
  scenario: string;
  pacing: boolean;
  runs: RunResult[];
  calls: Spread;
  modelCalls: number;
  callsOverModel: Spread;
  throttled: Spread;
  retryShare: Spread;
  wallSeconds: Spread;
  cpuSeconds: Spread;
  quotaBoundSeconds: number;
  referenceSeconds: number;
  wallOverReference: Spread;
  peakRssMiB: Spread;
  lost: number;
  gaps: number;
  targets: Record<string, { met: boolean; detail: string }>;
}

function summarize(scenario: string, pacing: boolean, runs: RunResult[]): Summary {
  const first = runs[0]!;
  const calls = spread(runs.map((r) => r.calls));
  const callsOverModel = spread(runs.map((r) => r.calls / r.modelCalls));
  const retryShare = spread(runs.map((r) => r.throttled / r.calls));
  const wallOverReference = spread(runs.map((r) => r.wallSeconds / r.referenceSeconds));
  const peak = spread(runs.map((r) => r.peakRssMiB));
  const lost = Math.max(...runs.map((r) => r.lost));
  const gaps = Math.max(...runs.map((r) => r.gaps));
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const lostTarget = { 'zero resources lost, zero gaps': { met: lost === 0 && gaps === 0, detail: `lost ${lost}, gaps ${gaps}` } };
  return {
    scenario,
    pacing,
    runs,
    calls,
    modelCalls: first.modelCalls,
    callsOverModel,
    throttled: spread(runs.map((r) => r.throttled)),
    retryShare,
    wallSeconds: spread(runs.map((r) => r.wallSeconds)),
    cpuSeconds: spread(runs.map((r) => r.cpuSeconds)),
    quotaBoundSeconds: first.quotaBoundSeconds,
    referenceSeconds: first.referenceSeconds,
    wallOverReference,
    peakRssMiB: peak,
    lost,
    gaps,
    // The performance targets are for a paced scan; without pacing only the loss counts.
    targets: !pacing
      ? lostTarget
      : {
          'calls within 5% of the model minimum': {
            met: callsOverModel.max <= 1.05,
            detail: `worst run ${pct(callsOverModel.max - 1)} over`,
          },
          'wall time within 1.5x of quota-bound + sequential round trips': {
            met: wallOverReference.max <= 1.5,
            detail: `median ${wallOverReference.median.toFixed(2)}x, worst ${wallOverReference.max.toFixed(2)}x`,
          },
          ...lostTarget,
          'retries below 5% of calls': { met: retryShare.max < 0.05, detail: `worst run ${pct(retryShare.max)}` },
          ...(scenario === 'large'
            ? { 'peak memory under 1 GiB': { met: peak.max < 1024, detail: `worst run ${peak.max.toFixed(0)} MiB` } }
            : {}),
        },
  };
}

function print(summaries: Summary[], latencyMs: number): void {
  const out: string[] = [];
  out.push(`\nScan benchmark (simulated AWS, ${latencyMs} ms round trip); medians with (min-max) over the runs:`);
  for (const s of summaries) {
    out.push(`\n  ${s.scenario} account, pacing ${s.pacing ? 'on' : 'off (throttling check)'}, ${s.runs.length} runs`);
    out.push(`    API calls          ${show(s.calls, 0)}  model minimum ${s.modelCalls}  ratio ${show(s.callsOverModel, 4)}`);
    out.push(
      `    throttled attempts ${show(s.throttled, 0)}  (${show(spread(s.runs.map((r) => (r.throttled / r.calls) * 100)), 2)} % of calls)`,
    );
    out.push(
      `    wall time          ${show(s.wallSeconds, 2)} s  quota-bound ${s.quotaBoundSeconds.toFixed(2)} s + ${s.runs[0]!.sequentialRoundTrips} sequential round trips = ${s.referenceSeconds.toFixed(2)} s  ratio ${show(s.wallOverReference, 2)}`,
    );
    out.push(`    slowest quota      ${s.runs[0]!.slowestQuota}`);
    out.push(
      `    phases             listing done at ${show(spread(s.runs.map((r) => r.listedAtSeconds)), 2)} s (its slowest quota alone: ${s.runs[0]!.listingBoundSeconds.toFixed(2)} s), collection at ${show(spread(s.runs.map((r) => r.collectedAtSeconds)), 2)} s, then the graph`,
    );
    out.push(
      `    CPU time           ${show(s.cpuSeconds, 2)} s, of which the simulated AWS ${show(spread(s.runs.map((r) => r.simCpuSeconds)), 2)} s   peak RSS ${show(s.peakRssMiB, 0)} MiB`,
    );
    out.push(`    resources lost     ${s.lost} (of ${s.runs[0]!.nodes} nodes), gaps ${s.gaps}`);
    for (const [target, t] of Object.entries(s.targets)) out.push(`    ${t.met ? 'MET ' : 'MISS'} ${target}: ${t.detail}`);
  }
  const loads = summaries.flatMap((s) => s.runs.map((r) => r.loadBefore));
  out.push(`\n  machine: ${JSON.stringify(machine())}; 1-minute load before the runs: ${show(spread(loads), 2)}`);
  console.log(out.join('\n'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      'runs-large': { type: 'string', default: '3' },
      'runs-small': { type: 'string', default: '5' },
      latency: { type: 'string', default: '50' },
      only: { type: 'string' },
      'no-pacing': { type: 'boolean', default: false },
      'no-throttling-check': { type: 'boolean', default: false },
    },
  });
  const latencyMs = Number(values.latency);
  if (values.child) {
    const result = await runOnce(values.child, latencyMs, !values['no-pacing']);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const plan: [string, boolean, number][] = [
    ['small', true, Number(values['runs-small'])],
    ['large', true, Number(values['runs-large'])],
    ...(values['no-throttling-check']
      ? []
      : ([
          ['small', false, 3],
          ['large', false, 1],
        ] as [string, boolean, number][])),
  ];
  const summaries: Summary[] = [];
  for (const [scenario, pacing, runs] of plan) {
    if (values.only && values.only !== scenario) continue;
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', scenario, '--latency', String(latencyMs), ...(pacing ? [] : ['--no-pacing'])],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      if (child.status !== 0) throw new Error(`the ${scenario} run ${i + 1} failed with status ${child.status}`);
      const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as RunResult;
      results.push(result);
      console.error(
        `  ${scenario}${pacing ? '' : ' (no pacing)'} run ${i + 1}/${runs}: ${result.wallSeconds.toFixed(2)} s, ${result.calls} calls (model ${result.modelCalls}), ${result.throttled} throttled, ${result.peakRssMiB.toFixed(0)} MiB, lost ${result.lost}`,
      );
    }
    summaries.push(summarize(scenario, pacing, results));
  }
  print(summaries, latencyMs);
  const file = writeResults('scan', { latencyMs, scenarios: summaries });
  console.log(`\n  results: ${file}`);
  if (summaries.some((s) => s.lost > 0 || s.gaps > 0)) process.exitCode = 1;
}

await main();
