/**
 * "Read, and none" is null; "not read" is absence. Each test maps an answer that carries no
 * value for a field (null expected) and one where the field was not read or cannot be told
 * (absence expected).
 */
import { describe, expect, it } from 'vitest';
import { mapTrail } from '../../../src/services/cloudtrail/map.ts';
import { mapSnapshot, mapVolume } from '../../../src/services/ebs/map.ts';
import { mapGrant, mapKey } from '../../../src/services/kms/map.ts';
import { mapCluster, mapClusterSnapshot, mapDbSnapshot, mapInstance } from '../../../src/services/rds/map.ts';
import { mapBucket, mapEncryptionRule } from '../../../src/services/s3/map.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

describe('EBS: kmsKeyId and snapshot description', () => {
  it('writes null for the key of an unencrypted volume, and leaves it out when encrypted without a key named', () => {
    expect(mapVolume(scope, { VolumeId: 'vol-1', Encrypted: false }).node.attributes.kmsKeyId).toBeNull();
    expect(mapVolume(scope, { VolumeId: 'vol-2', Encrypted: true }).node.attributes).not.toHaveProperty('kmsKeyId');
    expect(mapVolume(scope, { VolumeId: 'vol-3' }).node.attributes).not.toHaveProperty('kmsKeyId');
    expect(mapVolume(scope, { VolumeId: 'vol-4', Encrypted: true, KmsKeyId: KEY }).node.attributes.kmsKeyId).toBe(KEY);
  });

  it('writes null for the key of an unencrypted snapshot, and leaves it out when encrypted without a key named', () => {
    expect(mapSnapshot(scope, { SnapshotId: 'snap-1', Encrypted: false }, {}).node.attributes.kmsKeyId).toBeNull();
    expect(mapSnapshot(scope, { SnapshotId: 'snap-2', Encrypted: true }, {}).node.attributes).not.toHaveProperty('kmsKeyId');
  });

  it('writes null for a snapshot without a description', () => {
    expect(mapSnapshot(scope, { SnapshotId: 'snap-1', Description: '' }, {}).node.attributes.description).toBeNull();
    expect(mapSnapshot(scope, { SnapshotId: 'snap-2' }, {}).node.attributes.description).toBeNull();
    expect(mapSnapshot(scope, { SnapshotId: 'snap-3', Description: 'nightly' }, {}).node.attributes.description).toBe('nightly');
  });
});

describe('RDS: kmsKeyId', () => {
  it('writes null for the key of storage no KMS key encrypts (none, sse-rds), on every RDS resource', () => {
    expect(mapInstance(scope, { DBInstanceIdentifier: 'plain', StorageEncrypted: false }).node.attributes.kmsKeyId).toBeNull();
    const owned = mapInstance(scope, { DBInstanceIdentifier: 'owned', StorageEncrypted: false, StorageEncryptionType: 'sse-rds' });
    expect(owned.node.attributes.kmsKeyId).toBeNull();
    expect(mapCluster(scope, { DBClusterIdentifier: 'c', StorageEncrypted: false }).node.attributes.kmsKeyId).toBeNull();
    expect(mapDbSnapshot(scope, { DBSnapshotIdentifier: 's', Encrypted: false }, {}).node.attributes.kmsKeyId).toBeNull();
    expect(
      mapClusterSnapshot(scope, { DBClusterSnapshotIdentifier: 'cs', StorageEncrypted: false }, {}).node.attributes.kmsKeyId,
    ).toBeNull();
  });

  it('leaves the key out when the storage is encrypted but RDS names no key, or encryption is not said', () => {
    expect(mapInstance(scope, { DBInstanceIdentifier: 'enc', StorageEncrypted: true }).node.attributes).not.toHaveProperty('kmsKeyId');
    expect(mapInstance(scope, { DBInstanceIdentifier: 'unsaid' }).node.attributes).not.toHaveProperty('kmsKeyId');
    expect(mapDbSnapshot(scope, { DBSnapshotIdentifier: 's', Encrypted: true }, {}).node.attributes).not.toHaveProperty('kmsKeyId');
    const keyed = mapCluster(scope, { DBClusterIdentifier: 'k', StorageEncrypted: true, KmsKeyId: KEY });
    expect(keyed.node.attributes.kmsKeyId).toBe(KEY);
  });
});

describe('KMS: key description and grant name, retiring principal, constraints', () => {
  const metadata = { KeyId: 'k1', Arn: KEY, KeyManager: 'CUSTOMER' as const, Description: '' };

  it('writes null for an empty description that DescribeKey answered', () => {
    expect(mapKey('aws', ACCOUNT, REGION, { metadata, aliases: [] }).node.attributes.description).toBeNull();
    expect(
      mapKey('aws', ACCOUNT, REGION, { metadata: { ...metadata, Description: 'logs' }, aliases: [] }).node.attributes.description,
    ).toBe('logs');
  });

  it('leaves description, custom key store and rotation skip reason out when DescribeKey failed', () => {
    const attributes = mapKey('aws', ACCOUNT, REGION, { metadata: { KeyId: 'k1', Arn: KEY }, described: false, aliases: [] }).node
      .attributes;
    expect(attributes).not.toHaveProperty('description');
    expect(attributes).not.toHaveProperty('customKeyStoreId');
    expect(attributes).not.toHaveProperty('rotationSkippedReason');
  });

  it('writes null for a grant without a name, a retiring principal or constraints', () => {
    const grant = mapGrant({ GrantId: 'g1', Name: '', GranteePrincipal: 'arn:aws:iam::111122223333:role/app', Operations: ['Decrypt'] });
    expect(grant.name).toBeNull();
    expect(grant.retiringPrincipal).toBeNull();
    expect(grant.constraints).toBeNull();
    const named = mapGrant({ GrantId: 'g2', Name: 'ebs', GranteePrincipal: 'p', RetiringPrincipal: 'r', Constraints: {} });
    expect(named).toMatchObject({ name: 'ebs', retiringPrincipal: 'r', constraints: null });
  });
});

describe('CloudTrail: prefix, CloudWatch Logs and trail status', () => {
  const home = { arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/main`, account: ACCOUNT, region: REGION };
  const trail = { Name: 'main', TrailARN: home.arn, S3BucketName: 'logs', S3KeyPrefix: '' };

  it('writes null for a trail without a key prefix or a CloudWatch Logs log group', () => {
    const { attributes } = mapTrail('aws', home, { trail }).node;
    expect(attributes.s3KeyPrefix).toBeNull();
    expect(attributes.cloudWatchLogsLogGroupArn).toBeNull();
  });

  it('writes null for the status fields GetTrailStatus answered without, and leaves them out when it failed', () => {
    const read = mapTrail('aws', home, { trail, status: { IsLogging: true, LatestDeliveryError: '' } }).node.attributes;
    expect(read).toMatchObject({
      isLogging: true,
      latestDeliveryError: null,
      latestDigestDeliveryError: null,
      latestDeliveryTime: null,
      startLoggingTime: null,
      stopLoggingTime: null,
    });
    const failed = mapTrail('aws', home, { trail }).node.attributes;
    for (const field of ['isLogging', 'latestDeliveryError', 'latestDigestDeliveryError', 'latestDeliveryTime', 'stopLoggingTime'])
      expect(failed).not.toHaveProperty(field);
  });
});

describe('S3: replication role and rule key', () => {
  it('writes null for a replication configuration with an empty role', () => {
    const { attributes } = mapBucket('aws', ACCOUNT, { name: 'b', region: REGION, replication: { Role: '', Rules: [] } }).node;
    expect(attributes.replication).toEqual({ role: null, rules: [] });
  });

  it('writes null for an encryption rule that names no key', () => {
    expect(mapEncryptionRule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }).kmsMasterKeyId).toBeNull();
    expect(mapEncryptionRule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY } }).kmsMasterKeyId).toBe(
      KEY,
    );
  });
});
