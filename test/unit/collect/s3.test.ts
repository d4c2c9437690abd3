/**
 * The S3 collector against canned AWS answers (the real client stack), for what the
 * emulator does not model: `BucketRegion` in ListBuckets (so no GetBucketLocation per bucket), paging of ListBuckets,
 * `SourceSelectionCriteria` and `BlockedEncryptionTypes` (SSE-C blocking), the SSE-S3
 * configuration AWS returns for a bucket nobody configured, several encryption rules, and
 * access denied on one bucket's policy.
 */
import type { Bucket } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../src/collect/index.ts';
import { s3Collector } from '../../../src/services/s3/collector.ts';
import type { S3BucketAttributes } from '../../../src/services/s3/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { awsError, CannedAws, type CannedAnswer } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-1', 'us-east-1'];
const arn = (name: string) => `arn:aws:s3:::${name}`;
const keyArn = (region: string, id: string, account = ACCOUNT) => `arn:aws:kms:${region}:${account}:key/${id}`;

async function collect(aws: CannedAws): Promise<Graph> {
  const clients = aws.clients();
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

function s3Error(name: string, status: number, message: string): Error {
  return awsError(name, message, status);
}

/** An answer: the output, or the error the call fails with. */
type Answer = object | Error;

/** The per-bucket operations, answered by bucket name (`Bucket` of the input). */
type BucketAnswers = Partial<
  Record<
    'GetBucketLocation' | 'GetBucketEncryption' | 'GetBucketPolicy' | 'GetBucketVersioning' | 'GetBucketReplication',
    Record<string, Answer>
  >
>;

/** A bucket nobody configured, as AWS answers for it. */
const PLAIN: Record<string, Answer> = {
  GetBucketEncryption: {
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }],
    },
  },
  GetBucketPolicy: s3Error('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'),
  GetBucketVersioning: {},
  GetBucketReplication: s3Error('ReplicationConfigurationNotFoundError', 404, 'The replication configuration was not found'),
};

/** Answers `byBucket[bucket]`, else `fallback`; an operation with neither is not canned. */
function perBucket(
  operation: string,
  byBucket: Record<string, Answer> = {},
  fallback: Answer | undefined = PLAIN[operation],
): CannedAnswer {
  return (input: { Bucket: string }) => {
    const answer = byBucket[input.Bucket] ?? fallback;
    if (answer === undefined) throw awsError('NotCanned', `the test gave no canned answer for s3:${operation} of ${input.Bucket}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
}

/**
 * S3 answering ListBuckets with `list` (the buckets of one page, or an answer of its own)
 * and every bucket as one nobody configured, except where `buckets` says otherwise.
 */
function cannedS3(list: Bucket[] | CannedAnswer, buckets: BucketAnswers = {}): CannedAws {
  const operations = [
    'GetBucketLocation',
    'GetBucketEncryption',
    'GetBucketPolicy',
    'GetBucketVersioning',
    'GetBucketReplication',
  ] as const;
  return new CannedAws({
    s3: {
      ListBuckets: typeof list === 'function' ? list : () => ({ Buckets: list }),
      ...Object.fromEntries(operations.map((operation) => [operation, perBucket(operation, buckets[operation])])),
    },
  });
}

/** The region of the client that sent each call of an operation, by bucket. */
function regionsBy(aws: CannedAws, operation: string): Record<string, string> {
  return Object.fromEntries(aws.callsOf(operation).map((c) => [c.input['Bucket'] as string, c.region]));
}

/** What the collector recorded, without the policy analyzer's verdicts (tested with the analyzer). */
const attributes = (graph: Graph, name: string): S3BucketAttributes => {
  const { policyAnalysis: _verdict, secureTransportEnforced: _tls, ...collected } = graph.node(arn(name))!.attributes as S3BucketAttributes;
  return collected;
};

describe('S3 collector (canned AWS answers)', () => {
  it('takes each region from BucketRegion, with no GetBucketLocation, and calls each bucket in its region', async () => {
    const aws = cannedS3([
      { Name: 'eu-data', BucketRegion: 'eu-west-1', CreationDate: new Date('2024-05-01T10:00:00Z') },
      { Name: 'us-data', BucketRegion: 'us-east-1' },
      { Name: 'tokyo-data', BucketRegion: 'ap-northeast-1' },
    ]);

    const graph = await collect(aws);
    expect(aws.callsOf('GetBucketLocation')).toEqual([]);
    // A parameter on ListBuckets is what makes AWS return BucketRegion.
    expect(aws.callsOf('ListBuckets')[0]!.input).toEqual({ MaxBuckets: 10000 });
    expect(graph.nodesOfType('s3.bucket').map((b) => [b.name, b.region])).toEqual([
      ['eu-data', 'eu-west-1'],
      ['us-data', 'us-east-1'],
    ]);
    // The bucket outside the scanned regions is not read at all.
    expect(regionsBy(aws, 'GetBucketEncryption')).toEqual({ 'eu-data': 'eu-west-1', 'us-data': 'us-east-1' });
    for (const operation of ['GetBucketPolicy', 'GetBucketVersioning', 'GetBucketReplication']) {
      expect(aws.callsOf(operation)).toHaveLength(2);
    }
    expect(attributes(graph, 'eu-data').creationDate).toBe('2024-05-01T10:00:00.000Z');
    expect(graph.gaps).toEqual([]);
  });

  it('follows every page of ListBuckets', async () => {
    const aws = cannedS3((input: { ContinuationToken?: string }) =>
      input.ContinuationToken === 'page-2'
        ? { Buckets: [{ Name: 'second', BucketRegion: 'us-east-1' }] }
        : { Buckets: [{ Name: 'first', BucketRegion: 'eu-west-1' }], ContinuationToken: 'page-2' },
    );
    const graph = await collect(aws);
    expect(aws.callsOf('ListBuckets').map((c) => c.input)).toEqual([
      { MaxBuckets: 10000 },
      { MaxBuckets: 10000, ContinuationToken: 'page-2' },
    ]);
    expect(graph.nodesOfType('s3.bucket').map((b) => b.name)).toEqual(['first', 'second']);
  });

  it('falls back to GetBucketLocation only for a bucket without BucketRegion, reading the legacy answers', async () => {
    const aws = cannedS3([{ Name: 'known', BucketRegion: 'eu-west-1' }, { Name: 'legacy-eu' }, { Name: 'virginia' }], {
      GetBucketLocation: { 'legacy-eu': { LocationConstraint: 'EU' }, virginia: {} },
    });
    const graph = await collect(aws);
    expect(
      aws
        .callsOf('GetBucketLocation')
        .map((c) => c.input['Bucket'])
        .sort(),
    ).toEqual(['legacy-eu', 'virginia']);
    expect(graph.nodesOfType('s3.bucket').map((b) => [b.name, b.region])).toEqual([
      ['known', 'eu-west-1'],
      ['legacy-eu', 'eu-west-1'],
      ['virginia', 'us-east-1'],
    ]);
    expect(regionsBy(aws, 'GetBucketEncryption')).toMatchObject({ 'legacy-eu': 'eu-west-1', virginia: 'us-east-1' });
  });

  it('models the SSE-S3 configuration AWS returns for a bucket nobody configured', async () => {
    const graph = await collect(cannedS3([{ Name: 'default', BucketRegion: 'eu-west-1' }]));
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
    const aws = cannedS3(
      [
        { Name: 'layered', BucketRegion: 'us-east-1' },
        { Name: 'open-sse-c', BucketRegion: 'us-east-1' },
      ],
      {
        GetBucketEncryption: {
          layered: {
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
          },
          'open-sse-c': {
            ServerSideEncryptionConfiguration: {
              Rules: [
                { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BlockedEncryptionTypes: { EncryptionType: ['NONE'] } },
              ],
            },
          },
        },
      },
    );

    const graph = await collect(aws);
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
    const replication = {
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
    };
    const aws = cannedS3(
      [
        { Name: 'source', BucketRegion: 'eu-west-1' },
        { Name: 'replica', BucketRegion: 'us-east-1' },
      ],
      {
        GetBucketReplication: { source: replication },
      },
    );

    const graph = await collect(aws);
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
    const aws = cannedS3(
      [
        { Name: 'locked', BucketRegion: 'eu-west-1' },
        { Name: 'open', BucketRegion: 'us-east-1' },
      ],
      {
        GetBucketPolicy: {
          locked: s3Error('AccessDenied', 403, 'Access Denied'),
          open: { Policy: '{"Version":"2012-10-17","Statement":[]}' },
        },
      },
    );

    const graph = await collect(aws);
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
    const graph = await collect(
      cannedS3(() => {
        throw s3Error('AccessDenied', 403, 'Access Denied');
      }),
    );
    expect(graph.nodesOfType('s3.bucket')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ service: 's3', operation: 'ListBuckets', code: 'AccessDenied', region: '' }]);
    expect(graph.gaps[0]).not.toHaveProperty('resource');
  });

  it('keeps a bucket whose region cannot be read, with its attributes unknown', async () => {
    const aws = cannedS3([{ Name: 'mystery' }], { GetBucketLocation: { mystery: s3Error('AccessDenied', 403, 'Access Denied') } });
    const graph = await collect(aws);
    expect(graph.node(arn('mystery'))).toMatchObject({ type: 's3.bucket', region: '', attributes: {} });
    expect(aws.callsOf('GetBucketEncryption')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ operation: 'GetBucketLocation', code: 'AccessDenied', resource: arn('mystery'), region: '' }]);
  });
});
