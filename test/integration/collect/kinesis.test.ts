/**
 * The Kinesis Data Streams collector against the emulator: an unencrypted stream, streams
 * encrypted with a customer managed key by ARN, by key id, by alias name and by alias ARN,
 * the AWS managed key `alias/aws/kinesis` (unknown to the emulator: recognised by its name),
 * a key pending deletion whose only user is a stream, and the emulator's way of paging.
 * The SDK's Kinesis client speaks HTTP/2 by default, which the emulator does not: every
 * client of a scan uses the scanner's HTTP/1.1 handler, so this test reaching the emulator
 * at all shows that handler in use.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-2';
const US = 'us-west-1';

const definition: AccountDefinition = {
  kms: [
    { ref: 'events', region: EU, aliases: ['alias/stream-events'] },
    { ref: 'doomed', region: EU, state: 'PendingDeletion' },
  ],
  kinesis: [
    { name: 'clicks', region: EU },
    { name: 'orders', region: EU, kmsKey: '@events' },
    { name: 'orders-by-alias', region: EU, kmsKey: 'alias/stream-events' },
    { name: 'audit', region: EU, kmsKey: 'alias/aws/kinesis' },
    { name: 'retired', region: EU, kmsKey: '@doomed' },
    { name: 'metrics', region: US, shardCount: 2 },
  ],
};

const byName = (graph: Graph, name: string) => graph.nodesOfType('kinesis.stream').find((n) => n.name === name)!;

describe('Kinesis collector against the emulator', () => {
  it('collects every stream of every region with its key, encryption level and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'kinesis'] });
    const { graph, snapshot } = run;

    expect(
      graph
        .nodesOfType('kinesis.stream')
        .map((n) => [n.region, n.name])
        .sort(),
    ).toEqual([
      [EU, 'audit'],
      [EU, 'clicks'],
      [EU, 'orders'],
      [EU, 'orders-by-alias'],
      [EU, 'retired'],
      [US, 'metrics'],
    ]);

    const clicks = byName(graph, 'clicks');
    expect(clicks.id).toBe(`arn:aws:kinesis:${EU}:${DEFAULT_ACCOUNT}:stream/clicks`);
    expect(clicks.attributes).toEqual({
      streamName: 'clicks',
      streamStatus: 'ACTIVE',
      encryptionType: 'NONE',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      kmsKeyId: null,
      streamMode: 'PROVISIONED',
      openShardCount: 1,
      retentionPeriodHours: 24,
      streamCreationTimestamp: expect.any(String),
    });
    expect(graph.outgoing(clicks.id)).toEqual([]);
    expect(byName(graph, 'metrics').attributes).toMatchObject({ encryptionMode: 'none', openShardCount: 2 });

    // A customer managed key by ARN and by alias name: both resolve to the key.
    expect(byName(graph, 'orders').attributes).toMatchObject({
      encryptionType: 'KMS',
      kmsKeyId: key('events'),
      encryptionLevel: 'customer-managed-kms',
    });
    expect(byName(graph, 'orders-by-alias').attributes).toMatchObject({
      kmsKeyId: 'alias/stream-events',
      encryptionLevel: 'customer-managed-kms',
    });
    for (const name of ['orders', 'orders-by-alias'])
      expect(graph.targets(byName(graph, name).id, 'encrypted-by').map((n) => n.id)).toEqual([key('events')]);

    // The AWS managed key: the emulator knows no alias/aws/kinesis; its name says what it is.
    const audit = byName(graph, 'audit');
    expect(audit.attributes).toMatchObject({ kmsKeyId: 'alias/aws/kinesis', encryptionLevel: 'aws-managed-kms' });
    const [auditKey] = graph.targets(audit.id, 'encrypted-by');
    expect(auditKey!.id).toBe(`arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/kinesis`);
    expect((auditKey!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    expect(graph.targets(byName(graph, 'retired').id, 'encrypted-by').map((n) => n.id)).toEqual([key('doomed')]);

    expect(snapshot.gaps).toEqual([]);
    const calls = snapshot.scan.apiCalls.filter((c) => c.service === 'kinesis').map((c) => [c.region, c.operation, c.attempts]);
    expect(calls.sort()).toEqual([
      [EU, 'DescribeStreamSummary', 5],
      [EU, 'ListStreams', 1],
      [US, 'DescribeStreamSummary', 1],
      [US, 'ListStreams', 1],
    ]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === byName(graph, name).id)?.status;
    const names = ['clicks', 'orders', 'orders-by-alias', 'audit', 'retired', 'metrics'];
    expect(names.map((n) => [n, status('CP-KIN-001', n), status('CP-KIN-002', n), status('CP-KIN-003', n)])).toEqual([
      ['clicks', 'fail', 'not_applicable', 'not_applicable'],
      ['orders', 'pass', 'pass', 'pass'],
      ['orders-by-alias', 'pass', 'pass', 'pass'],
      ['audit', 'pass', 'pass', 'fail'],
      ['retired', 'pass', 'fail', 'pass'],
      ['metrics', 'fail', 'not_applicable', 'not_applicable'],
    ]);
    // The key pending deletion protects only a stream: still in use (CP-KMS-006), not unused (CP-KMS-007).
    const keyStatus = (rule: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === key('doomed'))?.status;
    expect(keyStatus('CP-KMS-006')).toBe('fail');
    expect(keyStatus('CP-KMS-007')).not.toBe('fail');
  });

  it('reads every stream when the emulator pages without a token (more than 100 streams)', async () => {
    const region = 'ap-southeast-1';
    await seedAccount(emulatorClients(), {
      kinesis: Array.from({ length: 105 }, (_, i) => ({ name: `s-${String(i).padStart(3, '0')}`, region })),
    });
    const { graph, snapshot } = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [region], services: ['kinesis'] });
    expect(graph.nodesOfType('kinesis.stream')).toHaveLength(105);
    expect(snapshot.scan.apiCalls.find((c) => c.operation === 'ListStreams')?.attempts).toBe(2);
    expect(snapshot.gaps).toEqual([]);
  });
});
