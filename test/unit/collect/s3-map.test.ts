import { describe, expect, it } from 'vitest';
import {
  bucketNameOf,
  encryptionAttributes,
  mapBucket,
  mapReplicationRule,
  regionFromLocationConstraint,
} from '../../../src/services/s3/map.ts';

const ACCOUNT = '111122223333';
const PARTNER = '444455556666';
const regions = new Map([
  ['replica-us', 'us-east-1'],
  ['replica-eu', 'eu-west-1'],
]);
const regionOf = (name: string) => regions.get(name);

describe('regionFromLocationConstraint', () => {
  it('reads us-east-1 from a null or empty constraint and eu-west-1 from the legacy EU', () => {
    expect(regionFromLocationConstraint(undefined)).toBe('us-east-1');
    expect(regionFromLocationConstraint(null)).toBe('us-east-1');
    expect(regionFromLocationConstraint('')).toBe('us-east-1');
    expect(regionFromLocationConstraint('EU')).toBe('eu-west-1');
    expect(regionFromLocationConstraint('ap-southeast-2')).toBe('ap-southeast-2');
  });
});

describe('encryptionAttributes', () => {
  it('treats a bucket without configuration as SSE-S3 (implicit)', () => {
    expect(encryptionAttributes({ configured: false })).toEqual({
      encryptionSource: 'implicit',
      encryptionRules: [],
      defaultEncryption: 'sse-s3',
      encryptionMode: 'aws-owned',
      bucketKeyEnabled: false,
      sseCBlocked: false,
    });
  });

  it('takes the strongest default over the rules, and the bucket key and SSE-C block from any rule', () => {
    const a = encryptionAttributes({
      configured: true,
      rules: [
        { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k' }, BucketKeyEnabled: true },
        { BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } },
      ],
    });
    expect(a).toMatchObject({ defaultEncryption: 'sse-kms', encryptionMode: 'kms', bucketKeyEnabled: true, sseCBlocked: true });
    expect(a.encryptionRules).toEqual([
      { sseAlgorithm: 'AES256', kmsMasterKeyId: null },
      { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'k', bucketKeyEnabled: true },
      { kmsMasterKeyId: null, blockedEncryptionTypes: ['SSE-C'] },
    ]);
    expect(
      encryptionAttributes({ configured: true, rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse' } }] }),
    ).toMatchObject({
      defaultEncryption: 'dsse-kms',
      encryptionMode: 'kms',
      bucketKeyEnabled: false,
      sseCBlocked: false,
    });
    // A configuration whose rules set no default still gets SSE-S3 from AWS.
    expect(encryptionAttributes({ configured: true, rules: [] })).toMatchObject({
      defaultEncryption: 'sse-s3',
      encryptionMode: 'aws-owned',
    });
  });
});

describe('mapReplicationRule', () => {
  it('reads the prefix from the filter, the And operator or the legacy field', () => {
    const base = { Status: 'Enabled' as const, Destination: { Bucket: 'arn:aws:s3:::elsewhere' } };
    expect(mapReplicationRule({ ...base, Filter: { Prefix: 'a/' } }, ACCOUNT, regionOf).prefix).toBe('a/');
    expect(mapReplicationRule({ ...base, Filter: { And: { Prefix: 'b/' } } }, ACCOUNT, regionOf).prefix).toBe('b/');
    expect(mapReplicationRule({ ...base, Prefix: 'c/' }, ACCOUNT, regionOf).prefix).toBe('c/');
    expect(mapReplicationRule(base, ACCOUNT, regionOf)).toEqual({
      status: 'Enabled',
      destinationBucket: 'arn:aws:s3:::elsewhere',
      replicaKmsKeyId: null,
      sseKmsEncryptedObjects: null,
    });
  });

  it('knows the destination region only for a bucket of the scanned account', () => {
    const rule = (account?: string) => ({
      Status: 'Enabled' as const,
      Destination: { Bucket: 'arn:aws:s3:::replica-us', ...(account ? { Account: account } : {}) },
    });
    expect(mapReplicationRule(rule(), ACCOUNT, regionOf).destinationRegion).toBe('us-east-1');
    expect(mapReplicationRule(rule(ACCOUNT), ACCOUNT, regionOf).destinationRegion).toBe('us-east-1');
    expect(mapReplicationRule(rule(PARTNER), ACCOUNT, regionOf).destinationRegion).toBeUndefined();
  });

  it('takes the replica key region from its ARN only', () => {
    const rule = (key: string) => ({
      Status: 'Enabled' as const,
      Destination: { Bucket: 'arn:aws:s3:::x', EncryptionConfiguration: { ReplicaKmsKeyID: key } },
    });
    expect(mapReplicationRule(rule(`arn:aws:kms:eu-central-1:${ACCOUNT}:key/k`), ACCOUNT, regionOf).replicaKmsKeyRegion).toBe(
      'eu-central-1',
    );
    expect(mapReplicationRule(rule('alias/replica'), ACCOUNT, regionOf)).toMatchObject({ replicaKmsKeyId: 'alias/replica' });
    expect(mapReplicationRule(rule('alias/replica'), ACCOUNT, regionOf).replicaKmsKeyRegion).toBeUndefined();
  });
});

describe('bucketNameOf', () => {
  it('reads a bucket ARN or a bare name', () => {
    expect(bucketNameOf('arn:aws:s3:::my-bucket')).toBe('my-bucket');
    expect(bucketNameOf('my-bucket')).toBe('my-bucket');
  });
});

describe('mapBucket', () => {
  it('leaves absent what was not read, and null what was read and is not there', () => {
    const unread = mapBucket('aws', ACCOUNT, { name: 'b', region: 'eu-west-1' });
    expect(unread.node).toEqual({
      id: 'arn:aws:s3:::b',
      type: 's3.bucket',
      account: ACCOUNT,
      region: 'eu-west-1',
      name: 'b',
      tags: {},
      attributes: {},
    });
    expect(unread.edges).toEqual([]);
    const none = mapBucket('aws', ACCOUNT, { name: 'b', region: 'eu-west-1', policy: null, replication: null, versioning: {} });
    expect(none.node.attributes).toEqual({ policy: null, replication: null, versioning: 'Disabled', mfaDelete: 'Disabled' });
  });

  it('parses the policy, and keeps text that is not JSON as it is', () => {
    expect(mapBucket('aws', ACCOUNT, { name: 'b', region: 'eu-west-1', policy: '{"Statement":[]}' }).node.attributes.policy).toEqual({
      Statement: [],
    });
    expect(mapBucket('aws', ACCOUNT, { name: 'b', region: 'eu-west-1', policy: 'not json' }).node.attributes.policy).toBe('not json');
  });

  it('points every KMS rule at its key in the bucket account and region, and a rule without a key at aws/s3', () => {
    const { edges } = mapBucket('aws', ACCOUNT, {
      name: 'b',
      region: 'eu-west-1',
      encryption: {
        configured: true,
        rules: [
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/app' } },
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse' } },
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
    });
    const context = { partition: 'aws', account: ACCOUNT, region: 'eu-west-1' };
    expect(edges).toEqual([
      {
        from: 'arn:aws:s3:::b',
        kind: 'encrypted-by',
        field: 'ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID',
        ref: 'alias/app',
        target: { kind: 'kms-key', context },
      },
      {
        from: 'arn:aws:s3:::b',
        kind: 'encrypted-by',
        field: 'ServerSideEncryptionConfiguration.Rules[1].ApplyServerSideEncryptionByDefault.KMSMasterKeyID (absent: the AWS managed key)',
        ref: 'alias/aws/s3',
        target: { kind: 'kms-key', context },
      },
    ]);
  });

  it('points each replication rule at its destination, and its replica key in the right account and region', () => {
    const { edges } = mapBucket(
      'aws',
      ACCOUNT,
      {
        name: 'src',
        region: 'eu-west-1',
        replication: {
          Role: 'role',
          Rules: [
            // Key id: resolved in the destination bucket's region.
            { Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::replica-us', EncryptionConfiguration: { ReplicaKmsKeyID: 'k1' } } },
            // Key ARN: its own region wins over the destination's.
            {
              Status: 'Enabled',
              Destination: {
                Bucket: 'arn:aws:s3:::replica-us',
                EncryptionConfiguration: { ReplicaKmsKeyID: `arn:aws:kms:ap-south-1:${ACCOUNT}:key/k2` },
              },
            },
            // Another account's bucket, region unknown: the key is that account's, in the source's region.
            {
              Status: 'Enabled',
              Destination: {
                Bucket: 'arn:aws:s3:::theirs',
                Account: PARTNER,
                EncryptionConfiguration: { ReplicaKmsKeyID: 'alias/theirs' },
              },
            },
          ],
        },
      },
      regionOf,
    );
    expect(edges.filter((e) => e.kind === 'replica-encrypted-by').map((e) => [e.ref, e.target])).toEqual([
      ['k1', { kind: 'kms-key', context: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' } }],
      [
        `arn:aws:kms:ap-south-1:${ACCOUNT}:key/k2`,
        { kind: 'kms-key', context: { partition: 'aws', account: ACCOUNT, region: 'ap-south-1' } },
      ],
      ['alias/theirs', { kind: 'kms-key', context: { partition: 'aws', account: PARTNER, region: 'eu-west-1' } }],
    ]);
    expect(edges.filter((e) => e.kind === 'replicates-to').map((e) => [e.field, e.target])).toEqual([
      [
        'ReplicationConfiguration.Rules[0].Destination.Bucket',
        { kind: 'resource', id: 'arn:aws:s3:::replica-us', type: 's3.bucket', service: 's3', account: ACCOUNT, region: 'us-east-1' },
      ],
      [
        'ReplicationConfiguration.Rules[1].Destination.Bucket',
        { kind: 'resource', id: 'arn:aws:s3:::replica-us', type: 's3.bucket', service: 's3', account: ACCOUNT, region: 'us-east-1' },
      ],
      [
        'ReplicationConfiguration.Rules[2].Destination.Bucket',
        { kind: 'resource', id: 'arn:aws:s3:::theirs', type: 's3.bucket', service: 's3', account: PARTNER },
      ],
    ]);
  });
});
