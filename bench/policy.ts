/**
 * Benchmark of the policy analyzer: 100,000 generated KMS key and S3 bucket policies of
 * mixed shapes (the labelled corpus, with fresh accounts, organizations and bucket names,
 * plus generated policies of 1 to 12 statements). Prints the total time and the time per
 * policy over several runs (wall time and CPU time): the median and the spread, and the
 * machine's load. Not a test: it prints figures.
 *
 *   npm run bench:policy [-- --policies 100000 --runs 7]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyzePolicy, type PolicyKind } from '../src/policy/index.ts';

interface Input {
  policy: unknown;
  kind: PolicyKind;
  owner: string;
}

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const POLICIES = arg('policies', 100_000);
const RUNS = arg('runs', 7);

// A small deterministic generator, so every run analyses the same policies.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const account = () => String(100_000_000_000 + Math.floor(random() * 899_999_999_999));
const org = () =>
  `o-${Math.floor(random() * 1e12)
    .toString(36)
    .padStart(10, 'a')}`;

function corpusTemplates(): Input[] {
  const dir = new URL('../fixtures/policies/', import.meta.url).pathname;
  const out: Input[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const c of JSON.parse(readFileSync(join(dir, file), 'utf8')) as (Input & { expected: { status: string } })[]) {
      if (c.expected.status === 'ok') out.push({ policy: c.policy, kind: c.kind, owner: c.owner });
    }
  }
  return out;
}

/** A corpus policy with its accounts, organization ids and bucket names replaced by fresh ones. */
function vary(t: Input): Input {
  const owner = account();
  const other = account();
  const organization = org();
  const bucket = `bucket-${Math.floor(random() * 1e9)}`;
  const text = JSON.stringify(t.policy)
    .replaceAll(t.owner, owner)
    .replaceAll('444455556666', other)
    .replaceAll('o-a1b2c3d4e5', organization)
    .replaceAll('example-bucket', bucket);
  return { policy: JSON.parse(text) as unknown, kind: t.kind, owner };
}

const CONDITIONS = [
  () => ({ StringEquals: { 'kms:CallerAccount': account() } }),
  () => ({ StringEquals: { 'aws:PrincipalOrgID': org() } }),
  () => ({ StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${account()}:role/app-*` } }),
  () => ({ StringEqualsIfExists: { 'aws:SourceVpce': `vpce-${Math.floor(random() * 1e8)}` } }),
  () => ({ IpAddress: { 'aws:SourceIp': [`10.${Math.floor(random() * 255)}.0.0/16`, '192.0.2.0/24'] } }),
  () => ({ StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com', 'kms:CallerAccount': account() } }),
  () => ({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${org()}/r-ab12/ou-ab12-11111111/*` } }),
  () => ({ Bool: { 'aws:SecureTransport': 'false' } }),
];

/** A policy of 1 to 12 statements: principals, actions and conditions drawn at random. */
function generated(): Input {
  const kind: PolicyKind = random() < 0.5 ? 'kms' : 's3';
  const owner = account();
  const bucket = `arn:aws:s3:::b-${Math.floor(random() * 1e9)}`;
  const actions =
    kind === 'kms'
      ? ['kms:*', 'kms:Decrypt', ['kms:Encrypt', 'kms:GenerateDataKey*'], 'kms:Describe*']
      : ['s3:*', 's3:GetObject', ['s3:PutObject', 's3:ListBucket']];
  const statements = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => {
    const deny = random() < 0.25;
    const principal = pick<unknown>([
      '*',
      { AWS: '*' },
      { AWS: `arn:aws:iam::${owner}:root` },
      { AWS: [account(), `arn:aws:iam::${account()}:role/r`] },
      { Service: 'cloudtrail.amazonaws.com' },
    ]);
    const s: Record<string, unknown> = {
      Sid: `S${i}`,
      Effect: deny ? 'Deny' : 'Allow',
      Principal: principal,
      Action: pick<unknown>(actions),
      Resource: kind === 'kms' ? '*' : [bucket, `${bucket}/*`],
    };
    if (random() < 0.6) {
      s['Condition'] = deny
        ? { StringNotEquals: { 'aws:PrincipalOrgID': org() } }
        : Object.assign({}, pick(CONDITIONS)(), random() < 0.3 ? pick(CONDITIONS)() : {});
    }
    return s;
  });
  return { policy: { Version: '2012-10-17', Statement: statements }, kind, owner };
}

const templates = corpusTemplates();
const inputs: Input[] = Array.from({ length: POLICIES }, (_, i) => (i % 2 === 0 ? vary(pick(templates)) : generated()));

/** Wall time, and the process's CPU time (user + system), which a busy shared machine inflates less. */
function run(): { ms: number; cpuMs: number; publicCount: number } {
  let publicCount = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const x of inputs) if (analyzePolicy(x.policy, x.kind, x.owner).public === true) publicCount++;
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, publicCount };
}

run(); // warm-up
const times: number[] = [];
const cpuTimes: number[] = [];
let publicCount = 0;
for (let i = 0; i < RUNS; i++) {
  const r = run();
  times.push(r.ms);
  cpuTimes.push(r.cpuMs);
  publicCount = r.publicCount;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)]!;
const median = times[Math.floor(times.length / 2)]!;
const perPolicy = (ms: number) => (ms * 1000) / POLICIES;
const fmt = (n: number) => n.toFixed(2);
console.log(
  `policy analyzer: ${POLICIES} policies (${templates.length} corpus shapes varied, and generated policies of 1-12 statements), ${RUNS} runs after a warm-up`,
);
console.log(`  total, median: ${fmt(median)} ms (min ${fmt(times[0]!)} ms, max ${fmt(times[times.length - 1]!)} ms)`);
console.log(
  `  per policy, median: ${fmt(perPolicy(median))} us (min ${fmt(perPolicy(times[0]!))} us, max ${fmt(perPolicy(times[times.length - 1]!))} us)`,
);
console.log(
  `  CPU time per policy, median: ${fmt(perPolicy(cpuMedian))} us (min ${fmt(perPolicy(cpuTimes[0]!))} us, max ${fmt(perPolicy(cpuTimes[cpuTimes.length - 1]!))} us)`,
);
console.log(`  1-minute load average at the end: ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
console.log(
  `  spread (max / min): ${fmt(times[times.length - 1]! / times[0]!)}x; target 50 us per policy, median is ${perPolicy(median) <= 50 ? `${fmt(50 / perPolicy(median))}x under it` : `${fmt(perPolicy(median) / 50)}x over it`}`,
);
console.log(`  public verdicts: ${publicCount} of ${POLICIES}`);
