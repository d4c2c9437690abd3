/**
 * The ElastiCache collector against canned AWS answers: `DescribeReplicationGroups` pages of
 * 100 and `DescribeServerlessCaches` pages of 50 (the emulator implements neither
 * `DescribeServerlessCaches` nor `TransitEncryptionMode`), the preferred TLS mode, keys named
 * and not named, an answer without an ARN, and gaps: one listing failing leaves the other.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { elasticache } from '../../../src/services/elasticache/index.ts';
import { elasticacheArn } from '../../../src/services/elasticache/map.ts';
import { CannedAws, awsError, nonAwsAnswer, pageOf, tokenPage, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e5e0000-0000-0000-0000-000000000001`;
const rg = (id: string) => elasticacheArn(scope, 'replicationgroup', id);
const sc = (name: string) => elasticacheArn(scope, 'serverlesscache', name);
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** Group i: at rest off / customer key / default key (i mod 3); TLS off / required / preferred (i mod 3 of i/3). */
function awsGroups(count: number): object[] {
  const modes = [{ TransitEncryptionEnabled: false }, { TransitEncryptionEnabled: true, TransitEncryptionMode: 'required' }];
  return Array.from({ length: count }, (_, i) => {
    const id = `rg-${String(i).padStart(3, '0')}`;
    const t = Math.floor(i / 3) % 3;
    return {
      ReplicationGroupId: id,
      ARN: rg(id),
      Status: 'available',
      Engine: 'valkey',
      MemberClusters: [`${id}-001`, `${id}-002`],
      CacheNodeType: 'cache.r7g.large',
      ClusterEnabled: false,
      AuthTokenEnabled: false,
      AtRestEncryptionEnabled: i % 3 !== 0,
      ...(i % 3 === 1 ? { KmsKeyId: KEY } : {}),
      ...(t === 2 ? { TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' } : modes[t]),
    };
  });
}

function awsCaches(count: number): object[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `cache-${String(i).padStart(3, '0')}`;
    return {
      ServerlessCacheName: name,
      ARN: sc(name),
      Status: 'available',
      Engine: 'valkey',
      MajorEngineVersion: '8',
      ...(i % 2 === 1 ? { KmsKeyId: KEY, StorageEncryptionType: 'sse-kms' } : { StorageEncryptionType: 'sse-elasticache' }),
    };
  });
}

function answers(groups: object[], caches: object[]): CannedAnswers['elasticache'] {
  return {
    DescribeReplicationGroups: (input: { MaxRecords?: number; Marker?: string }) => {
      if ((input.MaxRecords ?? 100) > 100) throw awsError('InvalidParameterValue', 'MaxRecords must be at most 100', 400);
      const page = pageOf(groups, input.MaxRecords ?? 100, input.Marker);
      return { ReplicationGroups: page.items, ...(page.next ? { Marker: page.next } : {}) };
    },
    DescribeServerlessCaches: (input: { MaxResults?: number; NextToken?: string }) => tokenPage('ServerlessCaches', caches, 50, input),
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['elasticache'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('ElastiCache collector (canned AWS answers)', () => {
  it('pages replication groups 100 and serverless caches 50 at a time, and maps their encryption', async () => {
    const aws = new CannedAws({ sts, elasticache: answers(awsGroups(250), awsCaches(120)) });
    const run = await scan(aws);

    expect(aws.callsOf('DescribeReplicationGroups').map((c) => [c.input['MaxRecords'], c.input['Marker']])).toEqual([
      [100, undefined],
      [100, 'page-100'],
      [100, 'page-200'],
    ]);
    expect(aws.callsOf('DescribeServerlessCaches').map((c) => [c.input['MaxResults'], c.input['NextToken']])).toEqual([
      [50, undefined],
      [50, 'page-50'],
      [50, 'page-100'],
    ]);
    expect(run.graph.nodesOfType('elasticache.replication-group')).toHaveLength(250);
    expect(run.graph.nodesOfType('elasticache.serverless-cache')).toHaveLength(120);
    expect(run.snapshot.gaps).toEqual([]);

    const node = (id: string) => run.graph.node(id)!;
    expect(node(rg('rg-000')).attributes).toEqual({
      replicationGroupId: 'rg-000',
      status: 'available',
      engine: 'valkey',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      atRestEncryptionEnabled: false,
      kmsKeyId: null,
      transitEncryptionEnabled: false,
      transitEncryptionMode: null,
      authTokenEnabled: false,
      clusterEnabled: false,
      memberClusters: ['rg-000-001', 'rg-000-002'],
      cacheNodeType: 'cache.r7g.large',
    });
    // KMS was not scanned: the key's manager, and so the level, is unknown.
    expect(node(rg('rg-001')).attributes).toMatchObject({ encryptionMode: 'kms', kmsKeyId: KEY });
    expect(run.graph.targets(rg('rg-001'), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    expect(node(rg('rg-002')).attributes).toMatchObject({ encryptionMode: 'aws-owned', encryptionLevel: 'aws-owned', kmsKeyId: null });
    expect(node(rg('rg-006')).attributes).toMatchObject({ transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' });

    expect(node(sc('cache-000')).attributes).toEqual({
      serverlessCacheName: 'cache-000',
      status: 'available',
      engine: 'valkey',
      majorEngineVersion: '8',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      kmsKeyId: null,
      storageEncryptionType: 'sse-elasticache',
    });
    expect(node(sc('cache-001')).attributes).toMatchObject({ encryptionMode: 'kms', kmsKeyId: KEY, storageEncryptionType: 'sse-kms' });
    expect(run.graph.targets(sc('cache-001'), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(['rg-000', 'rg-001', 'rg-002'].map((n) => status('CP-ELC-001', rg(n)))).toEqual(['fail', 'pass', 'pass']);
    // TLS off, required, preferred (the migration mode still accepts plaintext).
    expect(['rg-000', 'rg-003', 'rg-006'].map((n) => status('CP-ELC-002', rg(n)))).toEqual(['fail', 'pass', 'fail']);
    expect(status('CP-ELC-003', sc('cache-000'))).toBe('not_applicable');
  });

  it('keeps the replication groups when the serverless listing is not implemented (the emulator), and names the gap', async () => {
    const aws = new CannedAws({
      sts,
      elasticache: {
        ...answers(awsGroups(3), []),
        DescribeServerlessCaches: () => {
          throw nonAwsAnswer();
        },
      },
    });
    const run = await scan(aws);
    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code, g.resource])).toEqual([
      ['elasticache', 'DescribeServerlessCaches', 'NonAwsResponse', undefined],
    ]);
    expect(run.graph.nodesOfType('elasticache.replication-group')).toHaveLength(3);
    expect(run.graph.nodesOfType('elasticache.serverless-cache')).toEqual([]);
  });

  it('records a gap and no replication group when DescribeReplicationGroups is denied', async () => {
    const aws = new CannedAws({
      sts,
      elasticache: {
        ...answers([], awsCaches(2)),
        DescribeReplicationGroups: () => {
          throw awsError('AccessDenied', 'not authorized to perform: elasticache:DescribeReplicationGroups');
        },
      },
    });
    const run = await scan(aws);
    expect(run.snapshot.gaps.map((g) => [g.operation, g.code])).toEqual([['DescribeReplicationGroups', 'AccessDenied']]);
    expect(run.graph.nodesOfType('elasticache.replication-group')).toEqual([]);
    expect(run.graph.nodesOfType('elasticache.serverless-cache')).toHaveLength(2);
  });

  it('builds the documented ARN for an answer that names none, and keeps what was not read absent', async () => {
    const aws = new CannedAws({ sts, elasticache: answers([{ ReplicationGroupId: 'bare' }], [{ ServerlessCacheName: 'bare' }]) });
    const run = await scan(aws);
    expect(run.graph.node(rg('bare'))!.attributes).toEqual({ replicationGroupId: 'bare' });
    expect(run.graph.node(sc('bare'))!.attributes).toMatchObject({
      serverlessCacheName: 'bare',
      encryptionMode: 'aws-owned',
      kmsKeyId: null,
    });
    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string) => results.find((r) => r.ruleId === rule && r.resource.id === rg('bare'))?.status;
    expect([status('CP-ELC-001'), status('CP-ELC-002'), status('CP-ELC-003')]).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('ElastiCache call model', () => {
  it('lists both kinds side by side, 100 groups and 50 serverless caches a page, with no detail phase', () => {
    expect(elasticache.calls({ service: 'elasticache', replicationGroups: 250, serverlessCaches: 120 })).toEqual([
      { operation: 'DescribeReplicationGroups', calls: 3, phase: 'list' },
      { operation: 'DescribeServerlessCaches', calls: 3, phase: 'list' },
    ]);
    expect(elasticache.roundTrips({ service: 'elasticache', replicationGroups: 250, serverlessCaches: 120 })).toEqual({
      list: 3,
      detail: 0,
    });
    expect(elasticache.roundTrips({ service: 'elasticache', replicationGroups: 0, serverlessCaches: 0 })).toEqual({ list: 1, detail: 0 });
  });
});
