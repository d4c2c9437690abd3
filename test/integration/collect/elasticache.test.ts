/**
 * The ElastiCache collector against the emulator: replication groups unencrypted, encrypted
 * with ElastiCache's default key, with customer managed keys by ARN and alias, and with a
 * disabled key; with and without in-transit encryption. The emulator does not implement
 * `DescribeServerlessCaches` (a gap in every region, the replication groups still collected)
 * nor `TransitEncryptionMode`: serverless caches and the preferred TLS mode are tested on
 * canned answers (test/unit/collect/elasticache.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';

const definition: AccountDefinition = {
  kms: [
    { ref: 'cache', region: EU, aliases: ['alias/cache'] },
    { ref: 'frozen', region: EU, state: 'Disabled' },
    { ref: 'retiring', region: US, state: 'PendingDeletion' },
  ],
  elasticache: [
    { name: 'plain', region: EU },
    { name: 'default-key', region: EU, atRest: true, inTransit: true },
    { name: 'cmk', region: EU, kmsKey: '@cache', inTransit: true },
    { name: 'cmk-alias', region: EU, kmsKey: 'alias/cache', inTransit: true },
    { name: 'frozen', region: EU, kmsKey: '@frozen', inTransit: true },
    { name: 'sessions', region: US, atRest: true, engine: 'valkey' },
    { name: 'leaderboard', region: US, kmsKey: '@retiring', inTransit: true },
  ],
};

const byName = (graph: Graph, name: string) => graph.nodesOfType('elasticache.replication-group').find((n) => n.name === name)!;

describe('ElastiCache collector against the emulator', () => {
  it('collects every replication group of every region with its key, TLS, encryption level and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'elasticache'] });
    const { graph, snapshot } = run;

    expect(graph.nodesOfType('elasticache.replication-group').map((n) => [n.region, n.name])).toEqual(
      expect.arrayContaining([
        [EU, 'plain'],
        [EU, 'default-key'],
        [EU, 'cmk'],
        [EU, 'cmk-alias'],
        [EU, 'frozen'],
        [US, 'sessions'],
        [US, 'leaderboard'],
      ]),
    );
    expect(graph.nodesOfType('elasticache.replication-group')).toHaveLength(7);
    expect(graph.nodesOfType('elasticache.serverless-cache')).toEqual([]);

    const plain = byName(graph, 'plain');
    expect(plain.id).toBe(`arn:aws:elasticache:${EU}:${DEFAULT_ACCOUNT}:replicationgroup:plain`);
    expect(plain.attributes).toEqual({
      replicationGroupId: 'plain',
      status: 'available',
      engine: 'redis',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      atRestEncryptionEnabled: false,
      kmsKeyId: null,
      transitEncryptionEnabled: false,
      // The emulator gives no mode (AWS does once TLS is on).
      transitEncryptionMode: null,
      authTokenEnabled: expect.any(Boolean),
      clusterEnabled: expect.any(Boolean),
      // One member although AWS would list every node of the group.
      memberClusters: ['plain-001'],
      cacheNodeType: 'cache.t3.micro',
    });
    expect(graph.outgoing(plain.id)).toEqual([]);

    // Encrypted at rest without a key: ElastiCache's default (service managed) key, no KMS edge.
    const defaultKey = byName(graph, 'default-key');
    expect(defaultKey.attributes).toMatchObject({ atRestEncryptionEnabled: true, encryptionLevel: 'aws-owned', kmsKeyId: null });
    expect(graph.outgoing(defaultKey.id)).toEqual([]);

    expect(byName(graph, 'cmk').attributes).toMatchObject({ kmsKeyId: key('cache'), encryptionLevel: 'customer-managed-kms' });
    expect(byName(graph, 'cmk-alias').attributes).toMatchObject({ kmsKeyId: 'alias/cache', encryptionLevel: 'customer-managed-kms' });
    for (const name of ['cmk', 'cmk-alias'])
      expect(graph.targets(byName(graph, name).id, 'encrypted-by').map((n) => n.id)).toEqual([key('cache')]);
    expect(graph.targets(byName(graph, 'frozen').id, 'encrypted-by').map((n) => n.id)).toEqual([key('frozen')]);
    expect(byName(graph, 'sessions').attributes).toMatchObject({ engine: 'valkey' });

    // The serverless listing is a gap in each region (not implemented by the emulator), nothing else.
    expect(snapshot.gaps.map((g) => [g.region, g.service, g.operation, g.code]).sort()).toEqual([
      [EU, 'elasticache', 'DescribeServerlessCaches', 'NonAwsResponse'],
      [US, 'elasticache', 'DescribeServerlessCaches', 'NonAwsResponse'],
    ]);
    const calls = snapshot.scan.apiCalls
      .filter((c) => c.service === 'elasticache' && c.operation === 'DescribeReplicationGroups')
      .map((c) => [c.region, c.attempts]);
    expect(calls.sort()).toEqual([
      [EU, 1],
      [US, 1],
    ]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === byName(graph, name).id)?.status;
    const names = ['plain', 'default-key', 'cmk', 'cmk-alias', 'frozen', 'sessions', 'leaderboard'];
    expect(names.map((n) => [n, status('CP-ELC-001', n), status('CP-ELC-002', n), status('CP-ELC-003', n)])).toEqual([
      ['plain', 'fail', 'fail', 'not_applicable'],
      ['default-key', 'pass', 'pass', 'not_applicable'],
      ['cmk', 'pass', 'pass', 'unknown'],
      ['cmk-alias', 'pass', 'pass', 'unknown'],
      ['frozen', 'pass', 'pass', 'fail'],
      ['sessions', 'pass', 'fail', 'not_applicable'],
      ['leaderboard', 'pass', 'pass', 'fail'],
    ]);
    // The disabled key's only user is a replication group: it is in use (CP-KMS-008), not unused (CP-KMS-007).
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === key('frozen'))?.status).not.toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-008' && r.resource.id === key('frozen'))?.status).toBe('fail');
    // The key pending deletion protects only a replication group: CP-KMS-006, not CP-KMS-007.
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-006' && r.resource.id === key('retiring'))?.status).toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === key('retiring'))?.status).not.toBe('fail');
  });
});
