/**
 * The SQS collector against the emulator: queues with SSE-KMS (key by ARN, by alias, and
 * the AWS managed `alias/aws/sqs`), SSE-SQS and no encryption, in two regions, and what the
 * rules make of them. The emulator reports `SqsManagedSseEnabled: "true"` next to a KMS key
 * (AWS allows one kind per queue): the key decides. Failed attribute calls and paging are
 * tested on canned answers (test/unit/collect/sqs.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const OTHER_ACCOUNT = '210987654321';
const queueArn = (region: string, name: string, account = DEFAULT_ACCOUNT) => `arn:aws:sqs:${region}:${account}:${name}`;
const queueUrl = (name: string) => `${emulatorEndpoint()}/${DEFAULT_ACCOUNT}/${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'queues', region: EU, aliases: ['alias/queues'] },
    { ref: 'queues-us', region: US },
  ],
  sqs: {
    queues: [
      { name: 'good-cmk', region: EU, kmsKey: '@queues' },
      { name: 'good-cmk-by-alias', region: EU, kmsKey: 'alias/queues' },
      { name: 'good-cmk.fifo', region: EU, kmsKey: '@queues' },
      { name: 'aws-managed', region: EU, kmsKey: 'alias/aws/sqs' },
      { name: 'sse-sqs', region: EU },
      { name: 'bad-unencrypted', region: EU, sqsManagedSse: false },
      { name: 'good-cmk-us', region: US, kmsKey: '@queues-us' },
    ],
  },
};

describe('SQS collector against the emulator', () => {
  it('collects every queue of every region with its encryption, key edge and level, and the rules judge them', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    // Another account's queue never shows up in this account's scan.
    await seedAccount(emulatorClients(), { account: OTHER_ACCOUNT, sqs: { queues: [{ name: 'theirs', region: EU }] } });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'sqs'], maxAttempts: 2 });
    const { graph, snapshot: snap } = run;
    const key = seeded.keys.get('queues')!;

    expect(graph.nodesOfType('sqs.queue').map((n) => n.id)).toEqual(
      [
        ...['good-cmk', 'good-cmk-by-alias', 'good-cmk.fifo', 'aws-managed', 'sse-sqs', 'bad-unencrypted'].map((n) => queueArn(EU, n)),
        queueArn(US, 'good-cmk-us'),
      ].sort(),
    );
    const queue = (region: string, name: string) => graph.node(queueArn(region, name))!;

    expect(queue(EU, 'good-cmk')).toMatchObject({ name: 'good-cmk', region: EU, account: DEFAULT_ACCOUNT, tags: {} });
    // The emulator's SqsManagedSseEnabled "true" next to the key is kept as evidence; the key decides the mode.
    expect(queue(EU, 'good-cmk').attributes).toEqual({
      queueName: 'good-cmk',
      queueUrl: queueUrl('good-cmk'),
      fifo: false,
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      sqsManagedSseEnabled: true,
      kmsKeyId: key,
      kmsDataKeyReusePeriodSeconds: 300,
    });
    expect(graph.targets(queueArn(EU, 'good-cmk'), 'encrypted-by').map((n) => n.id)).toEqual([key]);
    // An alias name resolves to its key.
    expect(queue(EU, 'good-cmk-by-alias').attributes).toMatchObject({ kmsKeyId: 'alias/queues', encryptionLevel: 'customer-managed-kms' });
    expect(graph.targets(queueArn(EU, 'good-cmk-by-alias'), 'encrypted-by').map((n) => n.id)).toEqual([key]);
    expect(queue(EU, 'good-cmk.fifo').attributes).toMatchObject({ fifo: true, encryptionMode: 'kms', kmsKeyId: key });
    // alias/aws/sqs: the emulator has no such key; the alias alone says it is the AWS managed key.
    expect(queue(EU, 'aws-managed').attributes).toMatchObject({
      kmsKeyId: 'alias/aws/sqs',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
    });
    const awsManaged = graph.targets(queueArn(EU, 'aws-managed'), 'encrypted-by');
    expect(awsManaged.map((n) => [n.id, n.type])).toEqual([[`arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/sqs`, 'external']]);
    expect((awsManaged[0]!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);
    expect(queue(EU, 'sse-sqs').attributes).toEqual({
      queueName: 'sse-sqs',
      queueUrl: queueUrl('sse-sqs'),
      fifo: false,
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      sqsManagedSseEnabled: true,
      kmsKeyId: null,
    });
    expect(queue(EU, 'bad-unencrypted').attributes).toEqual({
      queueName: 'bad-unencrypted',
      queueUrl: queueUrl('bad-unencrypted'),
      fifo: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      sqsManagedSseEnabled: false,
      kmsKeyId: null,
    });
    expect(graph.outgoing(queueArn(EU, 'sse-sqs'))).toEqual([]);
    expect(graph.outgoing(queueArn(EU, 'bad-unencrypted'))).toEqual([]);
    expect(graph.targets(queueArn(US, 'good-cmk-us'), 'encrypted-by').map((n) => n.id)).toEqual([seeded.keys.get('queues-us')]);

    // One listing page and one attribute call per queue, in each region.
    const attempts = (operation: string, region: string) =>
      snap.scan.apiCalls
        .filter((c) => c.service === 'sqs' && c.operation === operation && c.region === region)
        .reduce((n, c) => n + c.attempts, 0);
    expect([attempts('ListQueues', EU), attempts('GetQueueAttributes', EU)]).toEqual([1, 6]);
    expect([attempts('ListQueues', US), attempts('GetQueueAttributes', US)]).toEqual([1, 1]);
    expect(snap.gaps).toEqual([]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const outcomes = (rule: string) =>
      Object.fromEntries(
        evaluation.results
          .filter((r) => r.ruleId === rule)
          .map((r) => [graph.node(r.resource.id)!.name + (r.resource.region === US ? '@us' : ''), r.status]),
      );
    expect(outcomes('CP-SQS-001')).toEqual({
      'good-cmk': 'pass',
      'good-cmk-by-alias': 'pass',
      'good-cmk.fifo': 'pass',
      'aws-managed': 'pass',
      'sse-sqs': 'pass',
      'bad-unencrypted': 'fail',
      'good-cmk-us@us': 'pass',
    });
    expect(outcomes('CP-SQS-002')).toEqual({
      'good-cmk': 'pass',
      'good-cmk-by-alias': 'pass',
      'good-cmk.fifo': 'pass',
      'aws-managed': 'fail',
      'sse-sqs': 'fail',
      'bad-unencrypted': 'not_applicable',
      'good-cmk-us@us': 'pass',
    });
    expect(outcomes('CP-SQS-003')).toEqual({
      'good-cmk': 'pass',
      'good-cmk-by-alias': 'pass',
      'good-cmk.fifo': 'pass',
      'aws-managed': 'pass',
      'sse-sqs': 'not_applicable',
      'bad-unencrypted': 'not_applicable',
      'good-cmk-us@us': 'pass',
    });
  });

  it("scans another account's queues only when acting as that account", async () => {
    await seedAccount(emulatorClients(), { sqs: { queues: [{ name: 'mine', region: EU }] } });
    await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      sqs: { queues: [{ name: 'theirs', region: EU, sqsManagedSse: false }] },
    });
    const { graph, snapshot: snap } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: [EU],
      services: ['sqs'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(graph.nodesOfType('sqs.queue').map((n) => [n.id, n.account, n.attributes['encryptionMode']])).toEqual([
      [queueArn(EU, 'theirs', OTHER_ACCOUNT), OTHER_ACCOUNT, 'none'],
    ]);
    expect(snap.gaps).toEqual([]);
  });
});
