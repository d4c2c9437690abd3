/**
 * Benchmark: the full built-in pack over a synthetic graph of 100,000 nodes of every type,
 * with realistic attributes and edges. Prints the median time of several runs, the spread,
 * and evaluations per second. Target: under 2 s on the project's machine (2 cores).
 *
 *   npm run bench:engine [-- --nodes 100000 --runs 5]
 */
import { applyConfig, NO_CONFIG } from '../src/engine/config.ts';
import { evaluateRules } from '../src/engine/evaluate.ts';
import { loadBuiltInRules } from '../src/engine/load.ts';
import { Graph } from '../src/graph/graph.ts';
import { SERVICES, type GraphEdge, type GraphNode, type NodeType } from '../src/graph/types.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('nodes', 100_000);
const RUNS = arg('runs', 7);

/** A small deterministic PRNG so that every run builds the same graph. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2', 'ap-south-1', 'ap-northeast-1', 'sa-east-1', 'ca-central-1'];
const ACCOUNT = '111122223333';
const DAY = 86_400_000;
const SCAN = Date.parse('2025-06-01T00:00:00Z');

function buildGraph(total: number): Graph {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const iso = (offsetDays: number) => new Date(SCAN + offsetDays * DAY).toISOString();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const add = (type: NodeType, id: string, region: string, attributes: Record<string, unknown>, name = id.split(/[:/]/).pop()!) =>
    nodes.push({ id, type, account: ACCOUNT, region, name, tags: r() < 0.5 ? { team: 'payments' } : {}, attributes });
  const share = (f: number) => Math.floor(total * f);
  const keysByRegion = new Map<string, string[]>(REGIONS.map((x) => [x, []]));

  for (let i = 0; i < share(0.08); i++) {
    const region = pick(REGIONS);
    const id = `arn:aws:kms:${region}:${ACCOUNT}:key/k${i}`;
    const state = r() < 0.9 ? 'Enabled' : pick(['Disabled', 'PendingDeletion']);
    const external = r() < 0.05;
    const policyAnalysis = {
      status: r() < 0.98 ? 'ok' : 'unknown',
      public: r() < 0.01,
      externalAccounts: external ? ['444455556666'] : [],
      scopes: [],
      statements: [],
    };
    add('kms.key', id, region, {
      keyId: `k${i}`,
      arn: id,
      keyManager: r() < 0.8 ? 'CUSTOMER' : 'AWS',
      keySpec: r() < 0.9 ? 'SYMMETRIC_DEFAULT' : 'RSA_2048',
      origin: r() < 0.95 ? 'AWS_KMS' : 'EXTERNAL',
      expirationModel: 'KEY_MATERIAL_EXPIRES',
      validTo: iso(r() * 400),
      keyState: state,
      health: state === 'Enabled' ? 'enabled' : state === 'Disabled' ? 'disabled' : 'pending-deletion',
      deletionDate: state === 'PendingDeletion' ? iso(7) : undefined,
      rotationEnabled: r() < 0.7,
      rotationPeriodInDays: pick([365, 730, 90]),
      multiRegionKeyType: r() < 0.05 ? 'REPLICA' : undefined,
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*' }],
      },
      policyAnalysis,
      externalGrantees: external ? ['arn:aws:iam::444455556666:role/x'] : [],
    });
    keysByRegion.get(region)!.push(id);
  }
  for (const key of nodes.filter((n) => n.attributes['multiRegionKeyType'] === 'REPLICA')) {
    const primary = pick(keysByRegion.get(pick(REGIONS))!);
    if (primary && primary !== key.id) edges.push({ from: key.id, to: primary, kind: 'replica-of' });
  }
  const keyFor = (region: string) => pick(keysByRegion.get(region)!);
  const encrypt = (from: string, region: string) => {
    const key = keyFor(region);
    if (key) edges.push({ from, to: key, kind: 'encrypted-by', via: { ref: key, field: 'KmsKeyId' } });
  };
  for (let i = 0; i < share(0.08); i++) {
    const region = pick(REGIONS);
    add('kms.alias', `arn:aws:kms:${region}:${ACCOUNT}:alias/a${i}`, region, { aliasName: `alias/a${i}`, awsManaged: false });
  }
  for (let i = 0; i < share(0.1); i++) {
    const region = pick(REGIONS);
    add('acm.certificate', `arn:aws:acm:${region}:${ACCOUNT}:certificate/c${i}`, region, {
      domainName: `c${i}.example.com`,
      status: r() < 0.9 ? 'ISSUED' : pick(['EXPIRED', 'PENDING_VALIDATION', 'FAILED']),
      type: pick(['AMAZON_ISSUED', 'AMAZON_ISSUED', 'IMPORTED', 'PRIVATE']),
      keyAlgorithm: pick(['RSA_2048', 'RSA_1024', 'EC_prime256v1']),
      notAfter: iso(r() * 400 - 30),
      createdAt: iso(-r() * 400),
      inUse: r() < 0.7,
      renewalEligibility: pick(['ELIGIBLE', 'INELIGIBLE']),
      validationMethods: [pick(['DNS', 'EMAIL'])],
      transparencyLogging: pick(['ENABLED', 'DISABLED']),
    });
  }
  const buckets: GraphNode[] = [];
  for (let i = 0; i < share(0.15); i++) {
    const region = pick(REGIONS);
    const id = `arn:aws:s3:::bucket-${i}`;
    const kms = r() < 0.6;
    const replicated = r() < 0.1;
    add('s3.bucket', id, region, {
      defaultEncryption: kms ? 'sse-kms' : 'sse-s3',
      encryptionMode: kms ? 'kms' : 'aws-owned',
      encryptionLevel: kms ? pick(['customer-managed-kms', 'aws-managed-kms']) : 'aws-owned',
      bucketKeyEnabled: r() < 0.5,
      sseCBlocked: r() < 0.5,
      policy: r() < 0.5 ? null : { Version: '2012-10-17', Statement: [] },
      policyAnalysis: { status: 'ok', public: r() < 0.01, externalAccounts: [], scopes: [], statements: [] },
      secureTransportEnforced: r() < 0.5,
      replication: replicated
        ? {
            rules: [
              {
                id: 'r1',
                status: 'Enabled',
                destinationBucket: `arn:aws:s3:::bucket-${(i + 1) % share(0.15)}`,
                sseKmsEncryptedObjects: 'Enabled',
                replicaKmsKeyId: keyFor(pick(REGIONS)),
              },
            ],
          }
        : null,
    });
    buckets.push(nodes[nodes.length - 1]!);
    if (kms) encrypt(id, region);
  }
  for (const b of buckets) {
    const rule = (b.attributes['replication'] as { rules: { destinationBucket: string; replicaKmsKeyId?: string }[] } | null)?.rules[0];
    if (!rule) continue;
    edges.push({
      from: b.id,
      to: rule.destinationBucket,
      kind: 'replicates-to',
      via: { ref: rule.destinationBucket, field: 'Destination.Bucket' },
    });
    if (rule.replicaKmsKeyId)
      edges.push({
        from: b.id,
        to: rule.replicaKmsKeyId,
        kind: 'replica-encrypted-by',
        via: { ref: rule.replicaKmsKeyId, field: 'ReplicaKmsKeyID' },
      });
  }
  for (const region of REGIONS) {
    add('ec2.ebs-defaults', `arn:aws:ec2:${region}:${ACCOUNT}:ebs-encryption-by-default`, region, {
      encryptionByDefault: r() < 0.5,
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
    });
  }
  const encryptedResource = (type: NodeType, id: string, region: string, extra: Record<string, unknown>) => {
    const encrypted = r() < 0.8;
    add(type, id, region, {
      encrypted,
      storageEncrypted: encrypted,
      encryptionMode: encrypted ? 'kms' : 'none',
      encryptionLevel: encrypted ? 'customer-managed-kms' : 'none',
      ...extra,
    });
    if (encrypted) encrypt(id, region);
  };
  for (let i = 0; i < share(0.2); i++) {
    const region = pick(REGIONS);
    encryptedResource('ec2.volume', `arn:aws:ec2:${region}:${ACCOUNT}:volume/vol-${i}`, region, {
      volumeId: `vol-${i}`,
      sizeGiB: 100,
      state: 'in-use',
    });
  }
  for (let i = 0; i < share(0.15); i++) {
    const region = pick(REGIONS);
    encryptedResource('ec2.snapshot', `arn:aws:ec2:${region}::snapshot/snap-${i}`, region, { snapshotId: `snap-${i}`, public: r() < 0.01 });
  }
  const rdsTypes: [NodeType, string, number][] = [
    ['rds.instance', 'db', 0.05],
    ['rds.cluster', 'cluster', 0.02],
    ['rds.snapshot', 'snapshot', 0.06],
    ['rds.cluster-snapshot', 'cluster-snapshot', 0.03],
  ];
  for (const [type, kind, f] of rdsTypes) {
    for (let i = 0; i < share(f); i++) {
      const region = pick(REGIONS);
      encryptedResource(type, `arn:aws:rds:${region}:${ACCOUNT}:${kind}:${kind}-${i}`, region, {
        dbInstanceIdentifier: `${kind}-${i}`,
        dbClusterIdentifier: `${kind}-${i}`,
        snapshotIdentifier: `${kind}-${i}`,
        engine: 'postgres',
        storageEncryptionType: 'sse-kms',
        snapshotType: 'manual',
        public: r() < 0.01,
      });
    }
  }
  const trails: string[] = [];
  const trailCount = total - nodes.length - REGIONS.length;
  for (let i = 0; i < trailCount; i++) {
    const region = pick(REGIONS);
    const id = `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/t${i}`;
    const kms = r() < 0.7;
    add('cloudtrail.trail', id, region, {
      trailName: `t${i}`,
      kmsKeyId: kms ? keyFor(region) : null,
      isLogging: r() < 0.9,
      eventSelectors: {
        basic: [
          { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: r() < 0.2 ? ['kms.amazonaws.com'] : [] },
        ],
        advanced: null,
      },
      recordsKmsManagementEvents: r() < 0.8,
    });
    if (kms) encrypt(id, region);
    trails.push(id);
  }
  for (const region of REGIONS) {
    const id = `arn:aws:cloudtrail:${region}:${ACCOUNT}:region`;
    add('cloudtrail.region', id, region, { trailCount: 3 });
    for (let j = 0; j < 3; j++) edges.push({ from: id, to: pick(trails), kind: 'logged-by' });
  }
  for (const n of nodes) for (const [k, v] of Object.entries(n.attributes)) if (v === undefined) delete n.attributes[k];
  const unique = new Map(edges.map((e) => [`${e.from}|${e.kind}|${e.to}`, e]));
  return new Graph(nodes, [...unique.values()], []);
}

const t0 = performance.now();
const graph = buildGraph(TOTAL);
const built = performance.now() - t0;
const t1 = performance.now();
const rules = loadBuiltInRules();
const active = applyConfig(rules, NO_CONFIG);
const loaded = performance.now() - t1;
const scan = {
  id: 'bench',
  startedAt: new Date(SCAN).toISOString(),
  accounts: [ACCOUNT],
  regions: REGIONS,
  services: [...SERVICES],
  complete: true,
};

const times: number[] = [];
let evaluations = 0;
let failures = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const evaluation = evaluateRules(graph, scan, active);
  times.push(performance.now() - start);
  evaluations = evaluation.results.length;
  failures = evaluation.summary.byStatus.fail;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
console.log(`graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges (built in ${fmt(built)})`);
console.log(`rules: ${active.length} (loaded and compiled in ${fmt(loaded)})`);
console.log(`evaluations per run: ${evaluations} (${failures} failures)`);
console.log(
  `runs: ${RUNS}; median ${fmt(median)}; min ${fmt(times[0]!)}; max ${fmt(times[times.length - 1]!)}; spread ${(((times[times.length - 1]! - times[0]!) / median) * 100).toFixed(1)}%`,
);
console.log(`evaluations per second (median): ${Math.round(evaluations / (median / 1000)).toLocaleString('en-US')}`);
console.log(`target: under 2 s -> ${median < 2000 ? 'met' : 'NOT met'} (median is ${(median / 2000).toFixed(2)} of the target)`);
