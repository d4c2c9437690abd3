/**
 * The S3 collector against mocked AWS responses, for what the emulator does not model:
 * `BucketRegion` in ListBuckets (so no GetBucketLocation per bucket), paging of ListBuckets,
 * `SourceSelectionCriteria` and `BlockedEncryptionTypes` (SSE-C blocking), the SSE-S3
 * configuration AWS returns for a bucket nobody configured, several encryption rules, and
 * access denied on one bucket's policy.
 */
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
  type Bucket,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CallCounter, ClientFactory, collectAll } from '../../../src/collect/index.ts';
import { s3Collector } from '../../../src/services/s3/collector.ts';
import type { S3BucketAttributes } from '../../../src/graph/attributes.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import type { Graph } from '../../../src/graph/graph.ts';

const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-1', 'us-east-1'];
const arn = (name: string) => `arn:aws:s3:::${name}`;
const keyArn = (region: string, id: string, account = ACCOUNT) => `arn:aws:kms:${region}:${account}:key/${id}`;
const s3 = mockClient(S3Client);

afterEach(() => s3.reset());

async function collect(): Promise<Graph> {
  const clients = new ClientFactory({ credentialsFor: () => ({ accessKeyId: 'a', secretAccessKey: 'b' }), counter: new CallCounter() });
  try {
    const outcome = await collectAll({
      accounts: [ACCOUNT],
      regions: REGIONS,
      services: ['s3'],
      partition: 'aws',
      clients,
      collectors: { s3: s3Collector },
    });
    return buildGraph(outcome.data);
  } finally {
    clients.destroy();
  }
}

function s3Error(name: string, status: number, message: string) {
  return new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message });
}

/** A bucket nobody configured, as AWS answers for it. */
function plainAnswers() {
  s3.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
    },
  });
  s3.on(GetBucketPolicyCommand).rejects(s3Error('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'));
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketReplicationCommand).rejects(
    s3Error('ReplicationConfigurationNotFoundError', 404, 'The replication configuration was not found'),
  );
}

function listing(...buckets: Bucket[]) {
  s3.on(ListBucketsCommand).resolves({ Buckets: buckets });
}

/** The region of the client that sent each call of a command, by bucket. */
async function regionsBy(command: typeof GetBucketEncryptionCommand | typeof GetBucketLocationCommand): Promise<Record<string, string>> {
  const calls = s3.commandCalls(command);
  const entries = await Promise.all(
    calls.map(async (c) => [c.args[0].input.Bucket as string, await (c.thisValue as S3Client).config.region()] as const),
  );
  return Object.fromEntries(entries);
}

/** What the collector recorded, without the policy analyzer's verdicts (tested with the analyzer). */
const attributes = (graph: Graph, name: string): S3BucketAttributes => {
  const { policyAnalysis: _verdict, secureTransportEnforced: _tls, ...collected } = graph.node(arn(name))!.attributes as S3BucketAttributes;
  return collected;
};

describe('S3 collector (mocked AWS)', () => {
  it('takes each region from BucketRegion, with no GetBucketLocation, and calls each bucket in its region', async () => {
    listing(
      { Name: 'eu-data', BucketRegion: 'eu-west-1', CreationDate: new Date('2024-05-01T10:00:00Z') },
      { Name: 'us-data', BucketRegion: 'us-east-1' },
      { Name: 'tokyo-data', BucketRegion: 'ap-northeast-1' },
    );
    plainAnswers();

    const graph = await collect();
    expect(s3.commandCalls(GetBucketLocationCommand)).toEqual([]);
    // A parameter on ListBuckets is what makes AWS return BucketRegion.
    expect(s3.commandCalls(ListBucketsCommand)[0]!.args[0].input).toEqual({ MaxBuckets: 10000 });
    expect(graph.nodesOfType('s3.bucket').map((b) => [b.name, b.region])).toEqual([
      ['eu-data', 'eu-west-1'],
      ['us-data', 'us-east-1'],
    ]);
    // The bucket outside the scanned regions is not read at all.
    expect(await regionsBy(GetBucketEncryptionCommand)).toEqual({ 'eu-data': 'eu-west-1', 'us-data': 'us-east-1' });
    for (const command of [GetBucketPolicyCommand, GetBucketVersioningCommand, GetBucketReplicationCommand]) {
      expect(s3.commandCalls(command)).toHaveLength(2);
    }
    expect(attributes(graph, 'eu-data').creationDate).toBe('2024-05-01T10:00:00.000Z');
    expect(graph.gaps).toEqual([]);
  });

  it('follows every page of ListBuckets', async () => {
    s3.on(ListBucketsCommand)
      .resolvesOnce({ Buckets: [{ Name: 'first', BucketRegion: 'eu-west-1' }], ContinuationToken: 'page-2' })
      .resolvesOnce({ Buckets: [{ Name: 'second', BucketRegion: 'us-east-1' }] });
    plainAnswers();
    const graph = await collect();
    // (The paginator reuses one input object, so only the last call's token can be checked.)
    const calls = s3.commandCalls(ListBucketsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input).toMatchObject({ ContinuationToken: 'page-2', MaxBuckets: 10000 });
    expect(graph.nodesOfType('s3.bucket').map((b) => b.name)).toEqual(['first', 'second']);
  });

  it('falls back to GetBucketLocation only for a bucket without BucketRegion, reading the legacy answers', async () => {
    listing({ Name: 'known', BucketRegion: 'eu-west-1' }, { Name: 'legacy-eu' }, { Name: 'virginia' });
    s3.on(GetBucketLocationCommand, { Bucket: 'legacy-eu' }).resolves({ LocationConstraint: 'EU' });
    s3.on(GetBucketLocationCommand, { Bucket: 'virginia' }).resolves({});
    plainAnswers();
    const graph = await collect();
    expect(
      s3
        .commandCalls(GetBucketLocationCommand)
        .map((c) => c.args[0].input.Bucket)
        .sort(),
    ).toEqual(['legacy-eu', 'virginia']);
    expect(graph.nodesOfType('s3.bucket').map((b) => [b.name, b.region])).toEqual([
      ['known', 'eu-west-1'],
      ['legacy-eu', 'eu-west-1'],
      ['virginia', 'us-east-1'],
    ]);
    expect(await regionsBy(GetBucketEncryptionCommand)).toMatchObject({ 'legacy-eu': 'eu-west-1', virginia: 'us-east-1' });
  });

  it('models the SSE-S3 configuration AWS returns for a bucket nobody configured', async () => {
    listing({ Name: 'default', BucketRegion: 'eu-west-1' });
    plainAnswers();
    const graph = await collect();
    expect(attributes(graph, 'default')).toEqual({
      encryptionSource: 'configured',
      encryptionRules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }],
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
    expect(graph.outgoing(arn('default'))).toEqual([]);
  });

  it('keeps every encryption rule, with an encrypted-by edge per KMS key, and reads SSE-C blocking', async () => {
    listing({ Name: 'layered', BucketRegion: 'us-east-1' }, { Name: 'open-sse-c', BucketRegion: 'us-east-1' });
    plainAnswers();
    s3.on(GetBucketEncryptionCommand, { Bucket: 'layered' }).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/app' },
            BucketKeyEnabled: true,
            BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] },
          },
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse', KMSMasterKeyID: keyArn('us-east-1', 'dsse-key') } },
        ],
      },
    });
    s3.on(GetBucketEncryptionCommand, { Bucket: 'open-sse-c' }).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BlockedEncryptionTypes: { EncryptionType: ['NONE'] } }],
      },
    });

    const graph = await collect();
    expect(attributes(graph, 'layered')).toMatchObject({
      encryptionSource: 'configured',
      encryptionRules: [
        { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/app', bucketKeyEnabled: true, blockedEncryptionTypes: ['SSE-C'] },
        { sseAlgorithm: 'aws:kms:dsse', kmsMasterKeyId: keyArn('us-east-1', 'dsse-key') },
      ],
      defaultEncryption: 'dsse-kms',
      encryptionMode: 'kms',
      bucketKeyEnabled: true,
      sseCBlocked: true,
    });
    expect(graph.outgoing(arn('layered'), 'encrypted-by').map((e) => [e.to, e.via?.field])).toEqual([
      [
        `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`,
        'ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID',
      ],
      [keyArn('us-east-1', 'dsse-key'), 'ServerSideEncryptionConfiguration.Rules[1].ApplyServerSideEncryptionByDefault.KMSMasterKeyID'],
    ]);

    // SSE-C explicitly allowed; SSE-KMS without a key id is the AWS managed key of S3.
    expect(attributes(graph, 'open-sse-c')).toMatchObject({
      sseCBlocked: false,
      defaultEncryption: 'sse-kms',
      encryptionLevel: 'aws-managed-kms',
    });
    expect(graph.outgoing(arn('open-sse-c'), 'encrypted-by').map((e) => e.via?.ref)).toEqual(['alias/aws/s3']);
  });

  it('reads SourceSelectionCriteria and the replica key, with edges to the destination and the replica key', async () => {
    listing({ Name: 'source', BucketRegion: 'eu-west-1' }, { Name: 'replica', BucketRegion: 'us-east-1' });
    plainAnswers();
    s3.on(GetBucketReplicationCommand, { Bucket: 'source' }).resolves({
      ReplicationConfiguration: {
        Role: `arn:aws:iam::${ACCOUNT}:role/replication`,
        Rules: [
          {
            ID: 'same-account',
            Priority: 1,
            Status: 'Enabled',
            Filter: { Prefix: 'orders/' },
            SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
            DeleteMarkerReplication: { Status: 'Disabled' },
            Destination: { Bucket: arn('replica'), EncryptionConfiguration: { ReplicaKmsKeyID: keyArn('eu-west-1', 'replica-key') } },
          },
          {
            ID: 'partner',
            Priority: 2,
            Status: 'Enabled',
            Filter: { And: { Prefix: 'shared/', Tags: [{ Key: 'share', Value: 'yes' }] } },
            Destination: { Bucket: arn('partner-bucket'), Account: '444455556666', StorageClass: 'STANDARD_IA' },
          },
        ],
      },
    });

    const graph = await collect();
    expect(attributes(graph, 'source').replication).toEqual({
      role: `arn:aws:iam::${ACCOUNT}:role/replication`,
      rules: [
        {
          id: 'same-account',
          status: 'Enabled',
          priority: 1,
          prefix: 'orders/',
          destinationBucket: arn('replica'),
          destinationRegion: 'us-east-1',
          replicaKmsKeyId: keyArn('eu-west-1', 'replica-key'),
          replicaKmsKeyRegion: 'eu-west-1',
          sseKmsEncryptedObjects: 'Enabled',
          deleteMarkerReplication: 'Disabled',
        },
        {
          id: 'partner',
          status: 'Enabled',
          priority: 2,
          prefix: 'shared/',
          destinationBucket: arn('partner-bucket'),
          destinationAccount: '444455556666',
          storageClass: 'STANDARD_IA',
          replicaKmsKeyId: null,
          sseKmsEncryptedObjects: null,
        },
      ],
    });
    expect(graph.targets(arn('source'), 'replicates-to').map((n) => [n.id, n.type, n.region])).toEqual([
      [arn('partner-bucket'), 'external', ''],
      [arn('replica'), 's3.bucket', 'us-east-1'],
    ]);
    expect(graph.node(arn('partner-bucket'))!.account).toBe('444455556666');
    // The replica key is in eu-west-1 while the destination bucket is in us-east-1: both regions are in the graph.
    expect(graph.targets(arn('source'), 'replica-encrypted-by').map((n) => [n.id, n.region])).toEqual([
      [keyArn('eu-west-1', 'replica-key'), 'eu-west-1'],
    ]);
  });

  it('keeps a bucket whose policy is denied, with the policy unknown and a gap naming the bucket', async () => {
    listing({ Name: 'locked', BucketRegion: 'eu-west-1' }, { Name: 'open', BucketRegion: 'us-east-1' });
    plainAnswers();
    s3.on(GetBucketPolicyCommand, { Bucket: 'locked' }).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    s3.on(GetBucketPolicyCommand, { Bucket: 'open' }).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });

    const graph = await collect();
    const locked = attributes(graph, 'locked');
    expect(locked).not.toHaveProperty('policy');
    expect(locked).toMatchObject({ encryptionSource: 'configured', versioning: 'Disabled', replication: null });
    expect(attributes(graph, 'open').policy).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(graph.gaps).toEqual([
      {
        account: ACCOUNT,
        region: 'eu-west-1',
        service: 's3',
        operation: 'GetBucketPolicy',
        code: 'AccessDenied',
        message: 'Access Denied',
        resource: arn('locked'),
      },
    ]);
  });

  it('records a denied ListBuckets as a global gap instead of reporting no buckets', async () => {
    s3.on(ListBucketsCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const graph = await collect();
    expect(graph.nodesOfType('s3.bucket')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ service: 's3', operation: 'ListBuckets', code: 'AccessDenied', region: '' }]);
    expect(graph.gaps[0]).not.toHaveProperty('resource');
  });

  it('keeps a bucket whose region cannot be read, with its attributes unknown', async () => {
    listing({ Name: 'mystery' });
    s3.on(GetBucketLocationCommand).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const graph = await collect();
    expect(graph.node(arn('mystery'))).toMatchObject({ type: 's3.bucket', region: '', attributes: {} });
    expect(s3.commandCalls(GetBucketEncryptionCommand)).toEqual([]);
    expect(graph.gaps).toMatchObject([{ operation: 'GetBucketLocation', code: 'AccessDenied', resource: arn('mystery'), region: '' }]);
  });
});
