/**
 * The SNS collector against the emulator: topics with a customer managed key (by ARN and
 * by alias), the AWS managed `alias/aws/sns` and none, in two regions, and what the rules
 * make of them. Then the key-health acceptance case of issue 12: keys pending deletion or
 * disabled whose only users are queues and topics are "in use" (CP-KMS-006 and CP-KMS-008
 * fail, CP-KMS-007 does not), and the queues' and topics' own twins (CP-SQS-003,
 * CP-SNS-002) fail. Failed attribute calls and paging are tested on canned answers
 * (test/unit/collect/sns.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const topicArn = (region: string, name: string) => `arn:aws:sns:${region}:${DEFAULT_ACCOUNT}:${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'topics', region: EU, aliases: ['alias/topics'] },
    { ref: 'topics-us', region: US },
  ],
  sns: {
    topics: [
      { name: 'good-cmk', region: EU, kmsKey: '@topics' },
      { name: 'good-cmk-by-alias', region: EU, kmsKey: 'alias/topics' },
      { name: 'good-cmk.fifo', region: EU, kmsKey: '@topics' },
      { name: 'aws-managed', region: EU, kmsKey: 'alias/aws/sns' },
      { name: 'bad-no-key', region: EU },
      { name: 'good-cmk-us', region: US, kmsKey: '@topics-us' },
    ],
  },
};

/** Outcomes of one rule by node name (`@us` marks the other region). */
function outcomes(graph: Graph, results: { ruleId: string; resource: { id: string; region: string }; status: string }[], rule: string) {
  return Object.fromEntries(
    results
      .filter((r) => r.ruleId === rule)
      .map((r) => [graph.node(r.resource.id)!.name + (r.resource.region === US ? '@us' : ''), r.status]),
  );
}

describe('SNS collector against the emulator', () => {
  it('collects every topic of every region with its key edge and level, and the rules judge them', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'sns'], maxAttempts: 2 });
    const { graph, snapshot: snap } = run;
    const key = seeded.keys.get('topics')!;

    expect(graph.nodesOfType('sns.topic').map((n) => n.id)).toEqual(
      [
        ...['good-cmk', 'good-cmk-by-alias', 'good-cmk.fifo', 'aws-managed', 'bad-no-key'].map((n) => topicArn(EU, n)),
        topicArn(US, 'good-cmk-us'),
      ].sort(),
    );
    const topic = (region: string, name: string) => graph.node(topicArn(region, name))!;
    expect(topic(EU, 'good-cmk')).toMatchObject({ name: 'good-cmk', region: EU, account: DEFAULT_ACCOUNT, tags: {} });
    expect(topic(EU, 'good-cmk').attributes).toEqual({
      topicName: 'good-cmk',
      fifo: false,
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      kmsKeyId: key,
    });
    expect(graph.targets(topicArn(EU, 'good-cmk'), 'encrypted-by').map((n) => n.id)).toEqual([key]);
    expect(topic(EU, 'good-cmk-by-alias').attributes).toMatchObject({ kmsKeyId: 'alias/topics', encryptionLevel: 'customer-managed-kms' });
    expect(graph.targets(topicArn(EU, 'good-cmk-by-alias'), 'encrypted-by').map((n) => n.id)).toEqual([key]);
    expect(topic(EU, 'good-cmk.fifo').attributes).toMatchObject({ fifo: true, kmsKeyId: key });
    expect(topic(EU, 'aws-managed').attributes).toMatchObject({
      kmsKeyId: 'alias/aws/sns',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
    });
    const awsManaged = graph.targets(topicArn(EU, 'aws-managed'), 'encrypted-by');
    expect(awsManaged.map((n) => [n.id, n.type])).toEqual([[`arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/sns`, 'external']]);
    expect((awsManaged[0]!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);
    expect(topic(EU, 'bad-no-key').attributes).toEqual({
      topicName: 'bad-no-key',
      fifo: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      kmsKeyId: null,
    });
    expect(graph.outgoing(topicArn(EU, 'bad-no-key'))).toEqual([]);
    expect(graph.targets(topicArn(US, 'good-cmk-us'), 'encrypted-by').map((n) => n.id)).toEqual([seeded.keys.get('topics-us')]);

    const attempts = (operation: string, region: string) =>
      snap.scan.apiCalls
        .filter((c) => c.service === 'sns' && c.operation === operation && c.region === region)
        .reduce((n, c) => n + c.attempts, 0);
    expect([attempts('ListTopics', EU), attempts('GetTopicAttributes', EU)]).toEqual([1, 5]);
    expect([attempts('ListTopics', US), attempts('GetTopicAttributes', US)]).toEqual([1, 1]);
    expect(snap.gaps).toEqual([]);

    const { results } = evaluateSnapshot(run, prepareRules());
    expect(outcomes(graph, results, 'CP-SNS-001')).toEqual({
      'good-cmk': 'pass',
      'good-cmk-by-alias': 'pass',
      'good-cmk.fifo': 'pass',
      'aws-managed': 'pass',
      'bad-no-key': 'fail',
      'good-cmk-us@us': 'pass',
    });
    expect(outcomes(graph, results, 'CP-SNS-002')).toEqual({
      'good-cmk': 'pass',
      'good-cmk-by-alias': 'pass',
      'good-cmk.fifo': 'pass',
      'aws-managed': 'pass',
      'bad-no-key': 'not_applicable',
      'good-cmk-us@us': 'pass',
    });
  });

  it('counts queues and topics as users of a key: pending deletion or disabled keys used only by them are in use', async () => {
    const seeded = await seedAccount(emulatorClients(), {
      kms: [
        { ref: 'dying', region: EU, state: 'PendingDeletion' },
        { ref: 'off', region: EU, state: 'Disabled' },
        { ref: 'healthy', region: EU },
      ],
      sqs: {
        queues: [
          { name: 'bad-queue-dying-key', region: EU, kmsKey: '@dying' },
          { name: 'bad-queue-off-key', region: EU, kmsKey: '@off' },
          { name: 'good-queue', region: EU, kmsKey: '@healthy' },
        ],
      },
      sns: {
        topics: [
          { name: 'bad-topic-dying-key', region: EU, kmsKey: '@dying' },
          { name: 'bad-topic-off-key', region: EU, kmsKey: '@off' },
          { name: 'good-topic', region: EU, kmsKey: '@healthy' },
        ],
      },
    });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['kms', 'sqs', 'sns'], maxAttempts: 2 });
    expect(run.snapshot.gaps).toEqual([]);
    const { results } = evaluateSnapshot(run, prepareRules());
    const key = (ref: string) => seeded.keys.get(ref)!;
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;

    expect(status('CP-KMS-006', key('dying'))).toBe('fail');
    expect(status('CP-KMS-007', key('dying'))).toBe('pass');
    expect(status('CP-KMS-008', key('off'))).toBe('fail');
    expect(results.find((r) => r.ruleId === 'CP-KMS-006' && r.resource.id === key('dying'))?.message).toContain('2 resources');
    expect(outcomes(run.graph, results, 'CP-SQS-003')).toEqual({
      'bad-queue-dying-key': 'fail',
      'bad-queue-off-key': 'fail',
      'good-queue': 'pass',
    });
    expect(outcomes(run.graph, results, 'CP-SNS-002')).toEqual({
      'bad-topic-dying-key': 'fail',
      'bad-topic-off-key': 'fail',
      'good-topic': 'pass',
    });
  });
});
