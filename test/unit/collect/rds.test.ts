/**
 * The RDS collector against canned AWS answers, for what the emulator does not model:
 * `StorageEncryptionType = sse-rds` (an AWS owned key with `StorageEncrypted: false`), the
 * real ARN of the default key where moto answers `default_kms_key_id`, and restore
 * attributes read for manual snapshots only.
 */
import type { DBClusterSnapshot, DBSnapshot } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { CallCounter, collectAll } from '../../../src/collect/index.ts';
import { rdsCollector } from '../../../src/services/rds/collector.ts';
import { mapCluster, mapInstance, rdsEncryptionMode, rdsKeyRef } from '../../../src/services/rds/map.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { RdsSnapshotAttributes } from '../../../src/services/rds/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { CannedAws, awsError, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const arn = (kind: string, id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:${kind}:${id}`;
const CUSTOMER_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f1e2d3c-aaaa-bbbb-cccc-123456789012`;

const empty: CannedAnswers['rds'] = {
  DescribeDBInstances: () => ({ DBInstances: [] }),
  DescribeDBClusters: () => ({ DBClusters: [] }),
  DescribeDBSnapshots: () => ({ DBSnapshots: [] }),
  DescribeDBClusterSnapshots: () => ({ DBClusterSnapshots: [] }),
  DescribeCertificates: () => ({ Certificates: [] }),
};

async function collect(aws: CannedAws) {
  const counter = new CallCounter();
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['rds'],
    partition: 'aws',
    clients: aws.clients(counter),
    collectors: { rds: rdsCollector },
  });
  return { graph: buildGraph(outcome.data), counter };
}

describe('RDS encryption (canned AWS answers)', () => {
  it('reads sse-rds as encryption with an AWS owned key although StorageEncrypted is false', async () => {
    const aws = new CannedAws({
      rds: {
        ...empty,
        DescribeDBInstances: () => ({
          DBInstances: [
            {
              DBInstanceIdentifier: 'owned',
              DBInstanceArn: arn('db', 'owned'),
              Engine: 'postgres',
              StorageEncrypted: false,
              StorageEncryptionType: 'sse-rds',
              DBInstanceStatus: 'available',
            },
            {
              DBInstanceIdentifier: 'plain',
              DBInstanceArn: arn('db', 'plain'),
              Engine: 'mysql',
              StorageEncrypted: false,
              StorageEncryptionType: 'none',
            },
          ],
        }),
        DescribeDBClusters: () => ({
          DBClusters: [
            {
              DBClusterIdentifier: 'aurora',
              DBClusterArn: arn('cluster', 'aurora'),
              Engine: 'aurora-postgresql',
              EngineMode: 'provisioned',
              StorageEncrypted: true,
              StorageEncryptionType: 'sse-kms',
              KmsKeyId: CUSTOMER_KEY,
              DBClusterMembers: [{ DBInstanceIdentifier: 'aurora-2' }, { DBInstanceIdentifier: 'aurora-1' }],
            },
          ],
        }),
      },
    });
    const { graph } = await collect(aws);
    expect(graph.node(arn('db', 'owned'))!.attributes).toEqual({
      dbInstanceIdentifier: 'owned',
      engine: 'postgres',
      storageEncrypted: false,
      storageEncryptionType: 'sse-rds',
      kmsKeyId: null,
      status: 'available',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      // No parameter group named: the TLS parameter is known by name only.
      tlsParameterName: 'rds.force_ssl',
    });
    expect(graph.node(arn('db', 'plain'))!.attributes).toMatchObject({ encryptionMode: 'none', encryptionLevel: 'none' });
    const aurora = graph.node(arn('cluster', 'aurora'))!;
    expect(aurora.attributes).toMatchObject({ encryptionMode: 'kms', kmsKeyId: CUSTOMER_KEY, members: ['aurora-1', 'aurora-2'] });
    expect(graph.targets(aurora.id, 'encrypted-by').map((k) => k.id)).toEqual([CUSTOMER_KEY]);
    // Every listing at the maximum page size.
    for (const op of ['DescribeDBInstances', 'DescribeDBClusters', 'DescribeDBSnapshots', 'DescribeDBClusterSnapshots']) {
      expect(aws.callsOf(op).map((c) => c.input['MaxRecords'])).toEqual([100]);
    }
    // Only the account's own snapshots: never the shared or public snapshots of other accounts.
    for (const op of ['DescribeDBSnapshots', 'DescribeDBClusterSnapshots']) {
      expect(aws.callsOf(op)[0]!.input).not.toHaveProperty('IncludeShared');
      expect(aws.callsOf(op)[0]!.input).not.toHaveProperty('IncludePublic');
    }
    expect(graph.gaps).toEqual([]);
  });

  it('maps the encryption mode from StorageEncryptionType first, StorageEncrypted otherwise', () => {
    expect(rdsEncryptionMode(false, 'sse-rds')).toBe('aws-owned');
    expect(rdsEncryptionMode(true, 'sse-kms')).toBe('kms');
    expect(rdsEncryptionMode(false, 'none')).toBe('none');
    expect(rdsEncryptionMode(true, undefined)).toBe('kms');
    expect(rdsEncryptionMode(false, undefined)).toBe('none');
    expect(rdsEncryptionMode(undefined, undefined)).toBeUndefined();
  });
});

describe("the emulator's default key placeholder", () => {
  // moto answers KmsKeyId "default_kms_key_id" where AWS answers the ARN of the AWS managed
  // key aws/rds (for a resource created encrypted without a key), and on every cluster.
  it('is the AWS managed key alias/aws/rds in the resource region when the resource is encrypted', () => {
    expect(rdsKeyRef(scope, 'default_kms_key_id', true)).toBe(`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/rds`);
    expect(rdsKeyRef({ ...scope, region: 'us-east-1' }, 'default_kms_key_id', true)).toBe(`arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/rds`);
    expect(rdsKeyRef(scope, CUSTOMER_KEY, true)).toBe(CUSTOMER_KEY);
  });

  it('names no key on an unencrypted resource', () => {
    expect(rdsKeyRef(scope, 'default_kms_key_id', false)).toBeUndefined();
    const cluster = mapCluster(scope, {
      DBClusterIdentifier: 'plain',
      StorageEncrypted: false,
      KmsKeyId: 'default_kms_key_id',
    });
    expect(cluster.node.attributes).toEqual({
      dbClusterIdentifier: 'plain',
      storageEncrypted: false,
      storageEncryptionType: null,
      kmsKeyId: null,
      encryptionMode: 'none',
      tlsParameterName: null,
    });
    expect(cluster.edges).toEqual([]);
  });

  it('resolves to the AWS managed key in the graph, so the level is aws-managed-kms', () => {
    const { node, edges } = mapInstance(scope, {
      DBInstanceIdentifier: 'db1',
      StorageEncrypted: true,
      KmsKeyId: 'default_kms_key_id',
    });
    expect(node.attributes).toMatchObject({ kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/rds`, encryptionMode: 'kms' });
    const graph = buildGraph({
      nodes: [node],
      pending: edges,
      gaps: [],
      scope: { accounts: [ACCOUNT], regions: [REGION], services: ['rds'] },
    });
    const [key] = graph.targets(node.id, 'encrypted-by');
    expect((key!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);
    expect(graph.node(node.id)!.attributes).toMatchObject({ encryptionLevel: 'aws-managed-kms' });
  });
});

describe('RDS snapshot sharing (canned AWS answers)', () => {
  const dbSnapshot = (id: string, type: string, extra: Partial<DBSnapshot> = {}): DBSnapshot => ({
    DBSnapshotIdentifier: id,
    DBSnapshotArn: arn('snapshot', id),
    DBInstanceIdentifier: 'orders',
    SnapshotType: type,
    Encrypted: false,
    Engine: 'postgres',
    Status: 'available',
    ...extra,
  });
  const clusterSnapshot = (id: string, type: string): DBClusterSnapshot => ({
    DBClusterSnapshotIdentifier: id,
    DBClusterSnapshotArn: arn('cluster-snapshot', id),
    DBClusterIdentifier: 'aurora',
    SnapshotType: type,
    StorageEncrypted: true,
    KmsKeyId: CUSTOMER_KEY,
  });
  const restore: Record<string, string[]> = {
    'orders-manual': ['all', '444455556666'],
    'orders-private': [],
    'aurora-manual': ['444455556666'],
  };

  it('reads the restore attribute of manual snapshots only, one call each', async () => {
    const aws = new CannedAws({
      rds: {
        ...empty,
        DescribeDBSnapshots: () => ({
          DBSnapshots: [
            dbSnapshot('rds:orders-2024-05-01-00-00', 'automated'),
            dbSnapshot('rds:orders-2024-05-02-00-00', 'automated'),
            dbSnapshot('orders-manual', 'manual'),
            dbSnapshot('orders-private', 'manual', { Encrypted: false, StorageEncryptionType: 'sse-rds' }),
          ],
        }),
        DescribeDBClusterSnapshots: () => ({
          DBClusterSnapshots: [clusterSnapshot('rds:aurora-2024-05-01', 'automated'), clusterSnapshot('aurora-manual', 'manual')],
        }),
        DescribeDBSnapshotAttributes: (input: { DBSnapshotIdentifier: string }) => ({
          DBSnapshotAttributesResult: {
            DBSnapshotIdentifier: input.DBSnapshotIdentifier,
            DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore[input.DBSnapshotIdentifier] }],
          },
        }),
        DescribeDBClusterSnapshotAttributes: (input: { DBClusterSnapshotIdentifier: string }) => ({
          DBClusterSnapshotAttributesResult: {
            DBClusterSnapshotIdentifier: input.DBClusterSnapshotIdentifier,
            DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore[input.DBClusterSnapshotIdentifier] }],
          },
        }),
      },
    });
    const { graph, counter } = await collect(aws);

    expect(
      aws
        .callsOf('DescribeDBSnapshotAttributes')
        .map((c) => c.input['DBSnapshotIdentifier'])
        .sort(),
    ).toEqual(['orders-manual', 'orders-private']);
    expect(aws.callsOf('DescribeDBClusterSnapshotAttributes').map((c) => c.input['DBClusterSnapshotIdentifier'])).toEqual([
      'aurora-manual',
    ]);
    expect(counter.byOperation().get('rds:DescribeDBSnapshotAttributes')).toBe(2);
    expect(counter.byOperation().get('rds:DescribeDBClusterSnapshotAttributes')).toBe(1);

    const a = (id: string) => graph.node(id)!.attributes as RdsSnapshotAttributes;
    expect(a(arn('snapshot', 'orders-manual'))).toMatchObject({
      public: true,
      sharedWithAccounts: ['444455556666'],
      snapshotType: 'manual',
    });
    expect(a(arn('snapshot', 'orders-private'))).toMatchObject({ public: false, sharedWithAccounts: [], encryptionMode: 'aws-owned' });
    // Automated snapshots cannot be shared: not public, without a call.
    expect(a(arn('snapshot', 'rds:orders-2024-05-01-00-00'))).toMatchObject({
      public: false,
      sharedWithAccounts: [],
      encryptionMode: 'none',
    });
    expect(a(arn('cluster-snapshot', 'aurora-manual'))).toMatchObject({ public: false, sharedWithAccounts: ['444455556666'] });

    // Snapshots point at what they were taken from; the instance was not listed, so it is an external node.
    const [source] = graph.targets(arn('snapshot', 'orders-manual'), 'snapshot-of');
    expect(source).toMatchObject({ id: arn('db', 'orders'), type: 'external' });
    expect((source!.attributes as unknown as ExternalAttributes).reason).toBe('not-found');
    expect(graph.targets(arn('cluster-snapshot', 'aurora-manual'), 'snapshot-of').map((n) => n.id)).toEqual([arn('cluster', 'aurora')]);
    expect(graph.targets(arn('cluster-snapshot', 'aurora-manual'), 'encrypted-by').map((n) => n.id)).toEqual([CUSTOMER_KEY]);
    expect(graph.gaps).toEqual([]);
  });

  it('leaves sharing unknown, with a gap naming the snapshot, when its attribute call is denied', async () => {
    const aws = new CannedAws({
      rds: {
        ...empty,
        DescribeDBSnapshots: () => ({ DBSnapshots: [dbSnapshot('orders-manual', 'manual')] }),
        DescribeDBSnapshotAttributes: () => {
          throw awsError('AccessDenied', 'not authorized to perform: rds:DescribeDBSnapshotAttributes');
        },
      },
    });
    const { graph } = await collect(aws);
    const attributes = graph.node(arn('snapshot', 'orders-manual'))!.attributes;
    expect(attributes).not.toHaveProperty('public');
    expect(attributes).not.toHaveProperty('sharedWithAccounts');
    expect(graph.gaps).toMatchObject([
      { service: 'rds', operation: 'DescribeDBSnapshotAttributes', code: 'AccessDenied', resource: arn('snapshot', 'orders-manual') },
    ]);
  });
});
