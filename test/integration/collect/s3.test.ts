import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { S3BucketAttributes } from '../../../src/services/s3/types.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { denyInsecureTransport } from '../../support/bucket-policies.ts';
import { actAs, DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';
import { startFaultProxy } from '../../support/fault-proxy.ts';

const OTHER_ACCOUNT = '210987654321';
const bucket = (name: string) => `arn:aws:s3:::${name}-${DEFAULT_ACCOUNT}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'app', region: 'eu-west-1', aliases: ['alias/app-data'] },
    { ref: 'us', region: 'us-east-1', aliases: ['alias/us-data'] },
  ],
  s3: [
    {
      name: 'orders-{{account}}',
      region: 'eu-west-1',
      encryption: { algorithm: 'aws:kms', key: '@app', bucketKey: true },
      policy: denyInsecureTransport('orders-{{account}}'),
      versioning: 'Enabled',
      replication: {
        rules: [
          { id: 'to-us', destination: 'orders-replica-{{account}}', replicaKey: '@us', sseKmsEncryptedObjects: true },
          { id: 'to-partner', destination: `partner-drop-${OTHER_ACCOUNT}`, account: OTHER_ACCOUNT, prefix: 'exports/' },
          { id: 'to-sydney', destination: 'orders-sydney-{{account}}' },
        ],
      },
    },
    { name: 'orders-replica-{{account}}', region: 'us-east-1', versioning: 'Enabled' },
    { name: 'orders-sydney-{{account}}', region: 'ap-southeast-2', encryption: { algorithm: 'AES256' } },
    { name: 'reports-{{account}}', region: 'us-east-1', encryption: { algorithm: 'aws:kms', key: 'alias/us-data' } },
    { name: 'archive-{{account}}', region: 'us-east-1', encryption: { algorithm: 'aws:kms:dsse' } },
    {
      name: 'website-{{account}}',
      region: 'eu-west-1',
      encryption: { algorithm: 'AES256' },
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::website-{{account}}/*' }],
      },
      versioning: 'Suspended',
    },
    { name: 'scratch-{{account}}', region: 'eu-west-1' },
  ],
};

/** What the collector recorded, without the policy analyzer's verdicts (tested with the analyzer). */
function attrs(graph: Graph, id: string): S3BucketAttributes {
  const node = graph.node(id);
  expect(node?.type).toBe('s3.bucket');
  const { policyAnalysis: _verdict, secureTransportEnforced: _tls, ...collected } = node!.attributes as S3BucketAttributes;
  return collected;
}

const targetIds = (graph: Graph, id: string, kind: 'encrypted-by' | 'replicates-to' | 'replica-encrypted-by') =>
  graph
    .targets(id, kind)
    .map((n) => n.id)
    .sort();

describe('S3 collector against the emulator', () => {
  it('collects the buckets of the scanned regions with encryption, policy, versioning, replication and their edges', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    await seedAccount(emulatorClients(), { account: OTHER_ACCOUNT, s3: [{ name: 'partner-drop-{{account}}', region: 'eu-west-1' }] });
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['s3', 'kms'],
    });
    const app = seeded.keys.get('app')!;
    const us = seeded.keys.get('us')!;

    // Only this account's buckets, only in the scanned regions (not ap-southeast-2).
    expect(
      graph
        .nodesOfType('s3.bucket')
        .map((b) => [b.id, b.region, b.account])
        .sort(),
    ).toEqual(
      [
        [bucket('archive'), 'us-east-1'],
        [bucket('orders'), 'eu-west-1'],
        [bucket('orders-replica'), 'us-east-1'],
        [bucket('reports'), 'us-east-1'],
        [bucket('scratch'), 'eu-west-1'],
        [bucket('website'), 'eu-west-1'],
      ].map(([id, region]) => [id, region, DEFAULT_ACCOUNT]),
    );

    const orders = attrs(graph, bucket('orders'));
    expect(orders).toMatchObject({
      encryptionSource: 'configured',
      encryptionRules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: app, bucketKeyEnabled: true }],
      defaultEncryption: 'sse-kms',
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      bucketKeyEnabled: true,
      versioning: 'Enabled',
      mfaDelete: 'Disabled',
      policy: denyInsecureTransport(`orders-${DEFAULT_ACCOUNT}`),
    });
    expect(orders.creationDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(orders.replication?.role).toBe(`arn:aws:iam::${DEFAULT_ACCOUNT}:role/s3-replication`);
    expect(orders.replication?.rules).toEqual([
      expect.objectContaining({
        id: 'to-us',
        status: 'Enabled',
        destinationBucket: bucket('orders-replica'),
        destinationRegion: 'us-east-1',
        replicaKmsKeyId: us,
        replicaKmsKeyRegion: 'us-east-1',
      }),
      expect.objectContaining({
        id: 'to-partner',
        destinationBucket: `arn:aws:s3:::partner-drop-${OTHER_ACCOUNT}`,
        destinationAccount: OTHER_ACCOUNT,
      }),
      expect.objectContaining({ id: 'to-sydney', destinationBucket: bucket('orders-sydney'), destinationRegion: 'ap-southeast-2' }),
    ]);
    expect(targetIds(graph, bucket('orders'), 'encrypted-by')).toEqual([app]);
    expect(targetIds(graph, bucket('orders'), 'replica-encrypted-by')).toEqual([us]);
    expect(targetIds(graph, bucket('orders'), 'replicates-to')).toEqual(
      [bucket('orders-replica'), bucket('orders-sydney'), `arn:aws:s3:::partner-drop-${OTHER_ACCOUNT}`].sort(),
    );
    // A destination that was not collected is an external node that says why, with the region when known.
    const sydney = graph.node(bucket('orders-sydney'))!;
    expect(sydney).toMatchObject({ type: 'external', account: DEFAULT_ACCOUNT, region: 'ap-southeast-2' });
    expect(sydney.attributes as ExternalAttributes).toMatchObject({ resourceType: 's3.bucket', reason: 'region-not-scanned' });
    const partner = graph.node(`arn:aws:s3:::partner-drop-${OTHER_ACCOUNT}`)!;
    expect(partner).toMatchObject({ type: 'external', account: OTHER_ACCOUNT });
    expect((partner.attributes as ExternalAttributes).reason).toBe('other-account');

    // A key named by alias resolves to the key; SSE-KMS without a key is the AWS managed key.
    expect(targetIds(graph, bucket('reports'), 'encrypted-by')).toEqual([us]);
    expect(attrs(graph, bucket('reports')).encryptionLevel).toBe('customer-managed-kms');
    expect(attrs(graph, bucket('archive'))).toMatchObject({
      encryptionRules: [{ sseAlgorithm: 'aws:kms:dsse' }],
      defaultEncryption: 'dsse-kms',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
    });
    expect(graph.outgoing(bucket('archive'), 'encrypted-by').map((e) => e.via?.ref)).toEqual(['alias/aws/s3']);

    expect(attrs(graph, bucket('website'))).toMatchObject({
      encryptionSource: 'configured',
      encryptionRules: [{ sseAlgorithm: 'AES256' }],
      defaultEncryption: 'sse-s3',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      versioning: 'Suspended',
      replication: null,
      policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] },
    });
    expect(graph.outgoing(bucket('website'))).toEqual([]);

    // No configuration (moto's 404): SSE-S3 applies, as AWS has done for every bucket since 2023.
    expect(attrs(graph, bucket('scratch'))).toEqual({
      creationDate: expect.any(String),
      encryptionSource: 'implicit',
      encryptionRules: [],
      defaultEncryption: 'sse-s3',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      bucketKeyEnabled: false,
      sseCBlocked: false,
      versioning: 'Disabled',
      mfaDelete: 'Disabled',
      policy: null,
      replication: null,
    });

    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.scan.complete).toBe(true);
    const calls = (operation: string) =>
      snapshot.scan.apiCalls.filter((c) => c.service === 's3' && c.operation === operation).reduce((n, c) => n + c.attempts, 0);
    expect(calls('ListBuckets')).toBe(1);
    // moto omits BucketRegion, so every listed bucket is located; per-bucket calls only in scanned regions.
    expect(calls('GetBucketLocation')).toBe(7);
    for (const operation of ['GetBucketEncryption', 'GetBucketPolicy', 'GetBucketVersioning', 'GetBucketReplication']) {
      expect(calls(operation)).toBe(6);
    }
    // Each bucket's calls went to its own region.
    const encryptionRegions = snapshot.scan.apiCalls
      .filter((c) => c.operation === 'GetBucketEncryption')
      .map((c) => [c.region, c.attempts])
      .sort();
    expect(encryptionRegions).toEqual([
      ['eu-west-1', 3],
      ['us-east-1', 3],
    ]);
  });

  it('scans a second account on its own', async () => {
    await seedAccount(emulatorClients(), { s3: [{ name: 'mine-{{account}}', region: 'eu-west-1' }] });
    await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      kms: [{ ref: 'k', region: 'us-east-1' }],
      s3: [
        { name: 'theirs-{{account}}', region: 'us-east-1', encryption: { algorithm: 'aws:kms', key: '@k' }, versioning: 'Enabled' },
        { name: 'theirs-eu-{{account}}', region: 'eu-west-1' },
      ],
    });
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['us-east-1', 'eu-west-1'],
      services: ['s3', 'kms'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(snapshot.scan.caller?.account).toBe(OTHER_ACCOUNT);
    const buckets = graph.nodesOfType('s3.bucket');
    expect(buckets.map((b) => [b.name, b.region, b.account]).sort()).toEqual([
      [`theirs-${OTHER_ACCOUNT}`, 'us-east-1', OTHER_ACCOUNT],
      [`theirs-eu-${OTHER_ACCOUNT}`, 'eu-west-1', OTHER_ACCOUNT],
    ]);
    const theirs = graph.node(`arn:aws:s3:::theirs-${OTHER_ACCOUNT}`)!;
    expect(graph.targets(theirs.id, 'encrypted-by').map((k) => [k.type, k.account])).toEqual([['kms.key', OTHER_ACCOUNT]]);
    expect(theirs.attributes).toMatchObject({ encryptionLevel: 'customer-managed-kms', versioning: 'Enabled' });
    expect(snapshot.gaps).toEqual([]);
  });

  it('keeps a bucket whose call failed, names it in the gap, and reads every other bucket', async () => {
    await seedAccount(emulatorClients(), {
      s3: [
        { name: 'eu-{{account}}', region: 'eu-west-1', encryption: { algorithm: 'AES256' } },
        {
          name: 'us-{{account}}',
          region: 'us-east-1',
          encryption: { algorithm: 'AES256' },
          policy: { Version: '2012-10-17', Statement: [] },
        },
      ],
    });
    // Each bucket's calls are signed for its own region, so a fault in us-east-1 hits only that bucket.
    const proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 's3', operation: 'policy', region: 'us-east-1', fault: 'denied' },
      { service: 's3', operation: 'encryption', region: 'us-east-1', fault: 'html500' },
    ]);
    try {
      const { graph, snapshot } = await takeSnapshot({
        endpoint: proxy.endpoint,
        regions: ['eu-west-1', 'us-east-1'],
        services: ['s3'],
        maxAttempts: 1,
      });
      const us = attrs(graph, bucket('us'));
      expect(us).not.toHaveProperty('policy');
      expect(us).not.toHaveProperty('encryptionMode');
      expect(us).not.toHaveProperty('encryptionLevel');
      expect(us).toMatchObject({ versioning: 'Disabled', replication: null });
      expect(attrs(graph, bucket('eu'))).toMatchObject({ encryptionMode: 'aws-owned', policy: null });
      expect(snapshot.gaps.map((g) => [g.operation, g.code, g.region, g.resource])).toEqual([
        ['GetBucketEncryption', 'NonAwsResponse', 'us-east-1', bucket('us')],
        ['GetBucketPolicy', 'AccessDenied', 'us-east-1', bucket('us')],
      ]);
      expect(snapshot.scan.complete).toBe(false);
    } finally {
      await proxy.close();
    }
  });
});
