/**
 * The Redshift collector against the emulator: unencrypted clusters, the AWS owned key (the
 * emulator, as AWS, names no key), customer managed keys by ARN and alias, a disabled key,
 * the documented ARN form (the emulator's answer has none), and `require_ssl` read once per
 * parameter group. The emulator cannot set `require_ssl` to true (ModifyClusterParameterGroup
 * is not implemented, and every group describes its preset values): the passing case of the
 * TLS rule is tested on canned answers (test/unit/collect/redshift.test.ts).
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
    { ref: 'warehouse', region: EU, aliases: ['alias/warehouse'] },
    { ref: 'frozen', region: EU, state: 'Disabled' },
    { ref: 'retiring', region: US, state: 'PendingDeletion' },
  ],
  redshift: [
    { name: 'plain', region: EU, tags: { team: 'bi' } },
    { name: 'owned', region: EU, encrypted: true },
    { name: 'cmk', region: EU, kmsKey: '@warehouse', parameterGroup: 'analytics' },
    { name: 'cmk-alias', region: EU, kmsKey: 'alias/warehouse', parameterGroup: 'analytics' },
    { name: 'frozen', region: EU, kmsKey: '@frozen' },
    { name: 'reports', region: US },
    { name: 'archive', region: US, kmsKey: '@retiring' },
  ],
};

const byName = (graph: Graph, name: string) => graph.nodesOfType('redshift.cluster').find((n) => n.name === name)!;

describe('Redshift collector against the emulator', () => {
  it('collects every cluster of every region with its key, TLS setting, encryption level and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'redshift'] });
    const { graph, snapshot } = run;

    expect(graph.nodesOfType('redshift.cluster').map((n) => [n.region, n.name])).toEqual(
      expect.arrayContaining([
        [EU, 'plain'],
        [EU, 'owned'],
        [EU, 'cmk'],
        [EU, 'cmk-alias'],
        [EU, 'frozen'],
        [US, 'reports'],
        [US, 'archive'],
      ]),
    );
    expect(graph.nodesOfType('redshift.cluster')).toHaveLength(7);

    const plain = byName(graph, 'plain');
    // The emulator's answer (like AWS's) names no ARN: the documented form is built.
    expect(plain.id).toBe(`arn:aws:redshift:${EU}:${DEFAULT_ACCOUNT}:cluster:plain`);
    expect(plain.tags).toEqual({ team: 'bi' });
    expect(plain.attributes).toEqual({
      clusterIdentifier: 'plain',
      clusterStatus: 'available',
      encrypted: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      kmsKeyId: null,
      hsmConfigurationIdentifier: null,
      publiclyAccessible: expect.any(Boolean),
      parameterGroupName: 'default.redshift-1.0',
      parameterApplyStatus: 'in-sync',
      requireSsl: false,
      requireSslSource: 'engine-default',
      clusterCreateTime: expect.any(String),
    });
    expect(graph.outgoing(plain.id)).toEqual([]);

    // Encrypted without a key: Redshift's default, the AWS owned key (no KMS key, no edge).
    const owned = byName(graph, 'owned');
    expect(owned.attributes).toMatchObject({ encrypted: true, encryptionMode: 'aws-owned', encryptionLevel: 'aws-owned', kmsKeyId: null });
    expect(graph.outgoing(owned.id)).toEqual([]);

    // Customer managed keys, by ARN and by alias, resolved to the key.
    expect(byName(graph, 'cmk').attributes).toMatchObject({
      kmsKeyId: key('warehouse'),
      encryptionLevel: 'customer-managed-kms',
      parameterGroupName: 'analytics',
      requireSsl: false,
    });
    expect(byName(graph, 'cmk-alias').attributes).toMatchObject({ kmsKeyId: 'alias/warehouse', encryptionLevel: 'customer-managed-kms' });
    for (const name of ['cmk', 'cmk-alias'])
      expect(graph.targets(byName(graph, name).id, 'encrypted-by').map((n) => n.id)).toEqual([key('warehouse')]);
    expect(graph.targets(byName(graph, 'frozen').id, 'encrypted-by').map((n) => n.id)).toEqual([key('frozen')]);

    expect(snapshot.gaps).toEqual([]);
    const calls = snapshot.scan.apiCalls.filter((c) => c.service === 'redshift').map((c) => [c.region, c.operation, c.attempts]);
    // One parameter read per distinct group: the default and `analytics` in eu-west-1, the default in us-east-1.
    expect(calls.sort()).toEqual([
      [EU, 'DescribeClusterParameters', 2],
      [EU, 'DescribeClusters', 1],
      [US, 'DescribeClusterParameters', 1],
      [US, 'DescribeClusters', 1],
    ]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === byName(graph, name).id)?.status;
    const names = ['plain', 'owned', 'cmk', 'cmk-alias', 'frozen', 'reports', 'archive'];
    expect(names.map((n) => [n, status('CP-RS-001', n), status('CP-RS-002', n), status('CP-RS-003', n)])).toEqual([
      ['plain', 'fail', 'fail', 'not_applicable'],
      ['owned', 'pass', 'fail', 'pass'],
      ['cmk', 'pass', 'fail', 'pass'],
      ['cmk-alias', 'pass', 'fail', 'pass'],
      ['frozen', 'pass', 'fail', 'fail'],
      ['reports', 'fail', 'fail', 'not_applicable'],
      ['archive', 'pass', 'fail', 'fail'],
    ]);
    // The disabled key's only user is a cluster: it is in use (CP-KMS-008), not unused (CP-KMS-007).
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === key('frozen'))?.status).not.toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-008' && r.resource.id === key('frozen'))?.status).toBe('fail');
    // The key pending deletion protects only a cluster: it still protects resources (CP-KMS-006), not unused (CP-KMS-007).
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-006' && r.resource.id === key('retiring'))?.status).toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === key('retiring'))?.status).not.toBe('fail');
  });
});
