/**
 * The call economy of a whole scan, held to the model exactly: a small synthetic account,
 * answered over HTTP by the simulated AWS of the benchmark (bench/sim), must cost precisely
 * the calls `planScan` predicts from its census, per region, service and operation. A
 * collector that starts making an extra call per resource, or loses a page size, fails here.
 * Not timed: no latency, no pacing, no quota enforcement.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planScan } from '../../../src/collect/plan.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { SyntheticAccount } from '../../../bench/sim/account.ts';
import { SimulatedAws } from '../../../bench/sim/aws.ts';

// Sizes chosen so that every paginated listing has more than one page somewhere.
const account = new SyntheticAccount({
  account: '111122223333',
  regions: ['us-east-1', 'eu-west-1'],
  keys: 240, // 120 a region: 2 ListAliases pages, one key with 120 grants (2 ListGrants pages)
  certificates: 7,
  buckets: 9,
  volumes: 1100, // 550 a region: 2 DescribeVolumes pages
  snapshots: 2100, // 1050 a region: 2 DescribeSnapshots pages, 11 public candidates
  databases: 14,
  dbSnapshots: 260, // 109 DB snapshots a region: 2 pages
  trails: 3,
  tables: 230, // 115 a region: 2 ListTables pages, global tables with replicas in the other region
  fileSystems: 210, // 105 a region: 2 DescribeFileSystems pages
  secrets: 230, // 115 a region: 2 ListSecrets pages
  parameters: 120, // 60 a region: 2 DescribeParameters pages
  logGroups: 130, // 65 a region: 2 DescribeLogGroups pages
  repositories: 2100, // 1050 a region: 2 DescribeRepositories pages
  queues: 2100, // 1,050 a region: 2 ListQueues pages
  topics: 230, // 115 a region: 2 ListTopics pages
  functions: 120, // 60 a region: 2 ListFunctions pages
  vaults: 2100, // 1,050 a region (AWS allows 300 unless raised): 2 ListBackupVaults pages
  images: 2100, // 1,050 a region: 2 DescribeImages pages
  distributions: 130, // global: 2 ListDistributions pages
  customDomains: 1520, // 760 a region: 507 REST (2 pages of 500) and 253 v2 (3 pages of 100)
  loadBalancers: 810, // 405 a region: 2 ELBv2 DescribeLoadBalancers pages, an undocumented policy
  classicLoadBalancers: 810, // 405 a region: 2 Classic DescribeLoadBalancers pages
  serverCertificates: 5, // global: one ListServerCertificates for the account
  redshiftClusters: 210, // 105 a region: 2 DescribeClusters pages, 4 parameter groups
  replicationGroups: 210, // 105 a region: 2 DescribeReplicationGroups pages
  serverlessCaches: 110, // 55 a region: 2 DescribeServerlessCaches pages
  streams: 230, // 115 a region: 2 ListStreams pages
  domains: 23, // 12 and 11 a region: 3 DescribeDomains calls of up to 5 names each
});

async function scan() {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'simulated');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'simulated');
  const sim = new SimulatedAws(account, { latencyMs: 0, quotas: {} });
  return takeSnapshot({ regions: account.regions, customizeClients: sim.customize, pacing: false });
}

const key = (region: string, client: string, operation: string) => `${region} ${client}:${operation}`;

describe('call economy', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('makes exactly the calls the model predicts, per region, service and operation', async () => {
    const { calls, graph } = await scan();
    const expected: Record<string, number> = {};
    for (const c of planScan(account.census()).calls)
      expected[key(c.region, c.client, c.operation)] = (expected[key(c.region, c.client, c.operation)] ?? 0) + c.calls;
    const made: Record<string, number> = {};
    for (const c of calls.counts()) if (c.account === account.account) made[key(c.region, c.service, c.operation)] = c.attempts;

    expect(graph.gaps).toEqual([]);
    expect(made).toEqual(expected);
    // Paging is exercised: the sizes above make these multi-page.
    expect(made[key('us-east-1', 'kms', 'ListAliases')]).toBe(2);
    expect(made[key('us-east-1', 'ec2', 'DescribeVolumes')]).toBe(2);
    expect(made[key('us-east-1', 'rds', 'DescribeDBSnapshots')]).toBe(2);
    // One filtered call per parameter group in use: 6 instances share 4 groups, 1 cluster has 1.
    expect(made[key('us-east-1', 'rds', 'DescribeDBParameters')]).toBe(4);
    expect(made[key('us-east-1', 'rds', 'DescribeDBClusterParameters')]).toBe(1);
    expect(made[key('us-east-1', 'dynamodb', 'ListTables')]).toBe(2);
    expect(made[key('us-east-1', 'dynamodb', 'DescribeTable')]).toBe(115);
    expect(made[key('us-east-1', 'elasticfilesystem', 'DescribeFileSystems')]).toBe(2);
    expect(made[key('us-east-1', 'secretsmanager', 'ListSecrets')]).toBe(2);
    expect(made[key('eu-west-1', 'ssm', 'DescribeParameters')]).toBe(2);
    expect(made[key('us-east-1', 'logs', 'DescribeLogGroups')]).toBe(2);
    expect(made[key('eu-west-1', 'ecr', 'DescribeRepositories')]).toBe(2);
    expect(made[key('us-east-1', 'sqs', 'ListQueues')]).toBe(2);
    expect(made[key('us-east-1', 'sns', 'ListTopics')]).toBe(2);
    expect(made[key('eu-west-1', 'lambda', 'ListFunctions')]).toBe(2);
    expect(made[key('us-east-1', 'backup', 'ListBackupVaults')]).toBe(2);
    expect(made[key('eu-west-1', 'ec2', 'DescribeImages')]).toBe(2);
    expect(made[key('us-east-1', 'cloudfront', 'ListDistributions')]).toBe(2);
    expect(made[key('us-east-1', 'apigateway', 'GetDomainNames')]).toBe(2);
    expect(made[key('eu-west-1', 'apigatewayv2', 'GetDomainNames')]).toBe(3);
    expect(made[key('us-east-1', 'elbv2', 'DescribeLoadBalancers')]).toBe(2);
    expect(made[key('us-east-1', 'elbv2', 'DescribeSSLPolicies')]).toBe(1);
    expect(made[key('eu-west-1', 'elb', 'DescribeLoadBalancers')]).toBe(2);
    expect(made[key('us-east-1', 'iam', 'ListServerCertificates')]).toBe(1);
    expect(made[key('us-east-1', 'redshift', 'DescribeClusters')]).toBe(2);
    expect(made[key('us-east-1', 'redshift', 'DescribeClusterParameters')]).toBe(4);
    expect(made[key('us-east-1', 'elasticache', 'DescribeReplicationGroups')]).toBe(2);
    expect(made[key('eu-west-1', 'elasticache', 'DescribeServerlessCaches')]).toBe(2);
    expect(made[key('us-east-1', 'kinesis', 'ListStreams')]).toBe(2);
    expect(made[key('eu-west-1', 'kinesis', 'DescribeStreamSummary')]).toBe(115);
    expect(made[key('us-east-1', 'es', 'DescribeDomains')]).toBe(3);
  });

  it('loses no resource: every synthetic resource becomes a node', async () => {
    const { graph } = await scan();
    const found: Record<string, number> = {};
    for (const n of graph.nodes) if (n.type !== 'external') found[n.type] = (found[n.type] ?? 0) + 1;
    expect(found).toEqual(account.expectedNodes());
  });

  it('plans after the listing exactly, except KMS whose per-key calls are an upper bound until DescribeKey', async () => {
    const { plan } = await scan();
    const truth = planScan(account.census());
    for (const service of [
      'acm',
      's3',
      'ebs',
      'rds',
      'cloudtrail',
      'dynamodb',
      'efs',
      'secretsmanager',
      'ssm',
      'logs',
      'ecr',
      'sqs',
      'sns',
      'lambda',
      'backup',
      'cloudfront',
      'apigateway',
      'elbv2',
      'elb',
      'iam',
      'redshift',
      'elasticache',
    ] as const) {
      expect(plan.services[service], service).toEqual(truth.services[service]);
    }
    expect(plan.services.kms?.estimated).toBe(true);
    expect(plan.services.kms?.list).toBe(truth.services.kms?.list);
    expect(plan.services.kms?.detail).toBeGreaterThanOrEqual(truth.services.kms?.detail ?? Infinity);
  });
});
