/**
 * The RDS collector against canned AWS answers, for what the emulator does not model:
 * `StorageEncryptionType = sse-rds` (an AWS owned key with `StorageEncrypted: false`), the
 * real ARN of the default key where moto answers `default_kms_key_id`, and restore
 * attributes read for manual snapshots only; CA certificates' validity (DescribeCertificates,
 * CertificateDetails), parameter groups answered as AWS does (every parameter, with its
 * Source) and failures of those reads.
 */
import type { DBClusterSnapshot, DBInstance, DBSnapshot } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCounter, collectAll } from '../../../src/collect/index.ts';
import { evaluateSnapshot, prepareRules, type RuleResult } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { engineDefault, requiresTls, tlsParameterOf } from '../../../src/services/rds/tls-defaults.ts';
import { rdsCollector } from '../../../src/services/rds/collector.ts';
import { mapCluster, mapInstance, rdsEncryptionMode, rdsKeyRef, rdsProduct } from '../../../src/services/rds/map.ts';
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
      product: 'Amazon RDS',
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

describe('DocumentDB and Neptune through the RDS API (canned AWS answers)', () => {
  // The emulator refuses Engine docdb, so DocumentDB is tested here (Neptune also against the emulator).
  const sts: CannedAnswers['sts'] = {
    GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
  };
  afterEach(() => vi.unstubAllEnvs());

  it('names the product from the engine', () => {
    expect(['docdb', 'neptune', 'aurora-postgresql', 'aurora', 'postgres', 'sqlserver-ee', undefined].map(rdsProduct)).toEqual([
      'Amazon DocumentDB',
      'Amazon Neptune',
      'Amazon Aurora',
      'Amazon Aurora',
      'Amazon RDS',
      'Amazon RDS',
      undefined,
    ]);
  });

  it('collects DocumentDB and Neptune clusters and cluster snapshots, and their findings name them', async () => {
    const cluster = (id: string, engine: string, encrypted: boolean) => ({
      DBClusterIdentifier: id,
      DBClusterArn: arn('cluster', id),
      Engine: engine,
      Status: 'available',
      StorageEncrypted: encrypted,
      ...(encrypted ? { KmsKeyId: CUSTOMER_KEY } : {}),
    });
    const snapshot = (id: string, source: string, engine: string, encrypted: boolean): DBClusterSnapshot => ({
      DBClusterSnapshotIdentifier: id,
      DBClusterSnapshotArn: arn('cluster-snapshot', id),
      DBClusterIdentifier: source,
      Engine: engine,
      SnapshotType: 'manual',
      Status: 'available',
      StorageEncrypted: encrypted,
      ...(encrypted ? { KmsKeyId: CUSTOMER_KEY } : {}),
    });
    const aws = new CannedAws({
      sts,
      rds: {
        ...empty,
        DescribeDBClusters: () => ({
          DBClusters: [
            cluster('catalog-docdb', 'docdb', false),
            cluster('orders-docdb', 'docdb', true),
            cluster('graph-neptune', 'neptune', false),
            cluster('social-neptune', 'neptune', true),
          ],
        }),
        DescribeDBClusterSnapshots: () => ({
          DBClusterSnapshots: [
            snapshot('catalog-export', 'catalog-docdb', 'docdb', false),
            snapshot('orders-weekly', 'orders-docdb', 'docdb', true),
            snapshot('graph-export', 'graph-neptune', 'neptune', false),
          ],
        }),
        DescribeDBClusterSnapshotAttributes: (input: { DBClusterSnapshotIdentifier: string }) => ({
          DBClusterSnapshotAttributesResult: {
            DBClusterSnapshotIdentifier: input.DBClusterSnapshotIdentifier,
            DBClusterSnapshotAttributes: [
              { AttributeName: 'restore', AttributeValues: input.DBClusterSnapshotIdentifier.endsWith('-export') ? ['all'] : [] },
            ],
          },
        }),
      },
    });
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
    const run = await takeSnapshot({ regions: [REGION], services: ['rds'], customizeClients: aws.customize, pacing: false });

    expect(run.snapshot.gaps).toEqual([]);
    expect(run.graph.node(arn('cluster', 'catalog-docdb'))).toMatchObject({
      type: 'rds.cluster',
      name: 'catalog-docdb',
      attributes: { engine: 'docdb', product: 'Amazon DocumentDB', storageEncrypted: false, encryptionMode: 'none', kmsKeyId: null },
    });
    expect(run.graph.node(arn('cluster', 'orders-docdb'))!.attributes).toMatchObject({
      product: 'Amazon DocumentDB',
      encryptionMode: 'kms',
      kmsKeyId: CUSTOMER_KEY,
    });
    expect(run.graph.targets(arn('cluster', 'orders-docdb'), 'encrypted-by').map((n) => n.id)).toEqual([CUSTOMER_KEY]);
    expect(run.graph.node(arn('cluster', 'graph-neptune'))!.attributes).toMatchObject({ engine: 'neptune', product: 'Amazon Neptune' });
    expect(run.graph.node(arn('cluster-snapshot', 'catalog-export'))!.attributes).toMatchObject({
      product: 'Amazon DocumentDB',
      public: true,
      sourceIdentifier: 'catalog-docdb',
    });
    expect(run.graph.targets(arn('cluster-snapshot', 'catalog-export'), 'snapshot-of').map((n) => n.id)).toEqual([
      arn('cluster', 'catalog-docdb'),
    ]);

    const { results } = evaluateSnapshot(run, prepareRules());
    const result = (rule: string, kind: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(kind, id));
    const outcome = (rule: string, kind: string, id: string) => {
      const r = result(rule, kind, id);
      return r?.status === 'fail' ? r.message : r?.status;
    };
    expect(['catalog-docdb', 'orders-docdb', 'graph-neptune', 'social-neptune'].map((id) => outcome('CP-RDS-002', 'cluster', id))).toEqual([
      'Amazon DocumentDB cluster catalog-docdb (docdb) is not encrypted at rest.',
      'pass',
      'Amazon Neptune cluster graph-neptune (neptune) is not encrypted at rest.',
      'pass',
    ]);
    expect(['catalog-export', 'orders-weekly', 'graph-export'].map((id) => outcome('CP-RDS-003', 'cluster-snapshot', id))).toEqual([
      'Amazon DocumentDB snapshot catalog-export (docdb) is not encrypted.',
      'pass',
      'Amazon Neptune snapshot graph-export (neptune) is not encrypted.',
    ]);
    expect(['catalog-export', 'orders-weekly', 'graph-export'].map((id) => outcome('CP-RDS-004', 'cluster-snapshot', id))).toEqual([
      'Amazon DocumentDB snapshot catalog-export (docdb) is public: any AWS account can restore it.',
      'pass',
      'Amazon Neptune snapshot graph-export (neptune) is public: any AWS account can restore it.',
    ]);
  });
});

describe('RDS TLS: parameter groups and CA certificates (canned AWS answers)', () => {
  const sts = { GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/canned`, UserId: 'canned' }) };
  async function scan(aws: CannedAws) {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
    const run = await takeSnapshot({ regions: [REGION], services: ['rds'], customizeClients: aws.customize, pacing: false });
    return { ...run, evaluation: evaluateSnapshot(run, prepareRules()) };
  }
  afterEach(() => vi.unstubAllEnvs());
  const instance = (id: string, extra: Partial<DBInstance>): DBInstance => ({
    DBInstanceIdentifier: id,
    DBInstanceArn: arn('db', id),
    Engine: 'postgres',
    EngineVersion: '16.3',
    StorageEncrypted: true,
    KmsKeyId: CUSTOMER_KEY,
    ...extra,
  });
  const status = (evaluation: { results: RuleResult[] }, rule: string, id: string) =>
    evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id);

  it('reads each CA validity from DescribeCertificates and each group once, filtered by name, as AWS answers it', async () => {
    const aws = new CannedAws({
      sts,
      rds: {
        ...empty,
        DescribeDBInstances: () => ({
          DBInstances: [
            instance('current', {
              DBParameterGroups: [{ DBParameterGroupName: 'default.postgres16', ParameterApplyStatus: 'in-sync' }],
              CACertificateIdentifier: 'rds-ca-rsa2048-g1',
              CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: new Date('2026-11-01T00:00:00Z') },
            }),
            instance('old', {
              DBParameterGroups: [{ DBParameterGroupName: 'default.postgres16', ParameterApplyStatus: 'in-sync' }],
              CACertificateIdentifier: 'rds-ca-2019',
            }),
            instance('unlisted', { CACertificateIdentifier: 'rds-ca-unknown' }),
          ],
        }),
        DescribeCertificates: () => ({
          Certificates: [
            { CertificateIdentifier: 'rds-ca-rsa2048-g1', CertificateType: 'CA', ValidTill: new Date('2061-05-22T00:00:00Z') },
            { CertificateIdentifier: 'rds-ca-2019', CertificateType: 'CA', ValidTill: new Date('2024-08-22T17:08:50Z') },
          ],
        }),
        // AWS lists an unmodified parameter of a default group with its value and Source engine-default.
        DescribeDBParameters: () => ({
          Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'engine-default', ApplyMethod: 'pending-reboot' }],
        }),
      },
    });
    const { graph, evaluation } = await scan(aws);

    expect(aws.callsOf('DescribeDBParameters').map((c) => c.input)).toEqual([
      {
        DBParameterGroupName: 'default.postgres16',
        MaxRecords: 100,
        Filters: [{ Name: 'parameter-name', Values: ['rds.force_ssl'] }],
      },
    ]);
    expect(aws.callsOf('DescribeCertificates').map((c) => c.input['MaxRecords'])).toEqual([100]);
    expect(graph.node(arn('db', 'current'))!.attributes).toMatchObject({
      parameterGroup: 'default.postgres16',
      tlsParameterName: 'rds.force_ssl',
      tlsParameterValue: '1',
      tlsParameterSource: 'engine default',
      tlsRequired: true,
      caCertificateIdentifier: 'rds-ca-rsa2048-g1',
      caCertificateValidTill: '2061-05-22T00:00:00.000Z',
      serverCertificateValidTill: '2026-11-01T00:00:00.000Z',
    });
    expect(graph.node(arn('db', 'unlisted'))!.attributes).not.toHaveProperty('caCertificateValidTill');
    expect(graph.gaps).toEqual([]);

    expect(status(evaluation, 'CP-RDS-008', arn('db', 'current'))?.status).toBe('pass');
    expect(status(evaluation, 'CP-RDS-008', arn('db', 'old'))).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(status(evaluation, 'CP-RDS-008', arn('db', 'unlisted'))?.status).toBe('unknown');
    expect(status(evaluation, 'CP-RDS-007', arn('db', 'current'))?.status).toBe('pass');
  });

  it('leaves TLS unknown, with a gap, when a group cannot be read, and the CA unknown when DescribeCertificates is denied', async () => {
    const aws = new CannedAws({
      sts,
      rds: {
        ...empty,
        DescribeDBInstances: () => ({
          DBInstances: [
            instance('shop', {
              Engine: 'mysql',
              EngineVersion: '8.0.35',
              DBParameterGroups: [{ DBParameterGroupName: 'shop-params', ParameterApplyStatus: 'in-sync' }],
              CACertificateIdentifier: 'rds-ca-rsa2048-g1',
            }),
          ],
        }),
        DescribeCertificates: () => {
          throw awsError('AccessDenied', 'not authorized to perform: rds:DescribeCertificates');
        },
        DescribeDBParameters: () => {
          throw awsError('AccessDenied', 'not authorized to perform: rds:DescribeDBParameters');
        },
      },
    });
    const { graph, evaluation } = await scan(aws);
    // The group of a MySQL instance is asked for MySQL's parameter.
    expect(aws.callsOf('DescribeDBParameters').map((c) => c.input['Filters'])).toEqual([
      [{ Name: 'parameter-name', Values: ['require_secure_transport'] }],
    ]);
    const attributes = graph.node(arn('db', 'shop'))!.attributes;
    expect(attributes).toMatchObject({ parameterGroup: 'shop-params', tlsParameterName: 'require_secure_transport' });
    for (const absent of ['tlsParameterValue', 'tlsParameterSource', 'tlsRequired', 'caCertificateValidTill'])
      expect(attributes).not.toHaveProperty(absent);
    // The gaps name what was not read (the region's CA certificates, the group), not the instance's own data.
    expect(graph.gaps.map((g) => [g.operation, g.code, g.resource]).sort()).toEqual([
      ['DescribeCertificates', 'AccessDenied', `arn:aws:rds:${REGION}::cert:*`],
      ['DescribeDBParameters', 'AccessDenied', `arn:aws:rds:${REGION}:${ACCOUNT}:pg:shop-params`],
    ]);
    expect(status(evaluation, 'CP-RDS-007', arn('db', 'shop'))?.status).toBe('unknown');
    expect(status(evaluation, 'CP-RDS-008', arn('db', 'shop'))?.status).toBe('unknown');
  });
});

describe('a default parameter group the emulator cannot describe', () => {
  it('is read as setting nothing (the documented default applies), without a gap; a custom group that is missing is a gap', async () => {
    const notFound = () => {
      throw awsError('DBParameterGroupNotFound', 'DBClusterParameterGroup not found', 404);
    };
    const aws = new CannedAws({
      rds: {
        ...empty,
        DescribeDBClusters: () => ({
          DBClusters: [
            {
              DBClusterIdentifier: 'a',
              DBClusterArn: arn('cluster', 'a'),
              Engine: 'aurora-mysql',
              DBClusterParameterGroup: 'default.aurora8.0',
            },
            { DBClusterIdentifier: 'b', DBClusterArn: arn('cluster', 'b'), Engine: 'aurora-mysql', DBClusterParameterGroup: 'gone' },
          ],
        }),
        DescribeDBClusterParameters: notFound,
      },
    });
    const { graph } = await collect(aws);
    expect(graph.node(arn('cluster', 'a'))!.attributes).toMatchObject({
      tlsParameterValue: 'OFF',
      tlsParameterSource: 'engine default',
      tlsRequired: false,
    });
    expect(graph.node(arn('cluster', 'b'))!.attributes).not.toHaveProperty('tlsRequired');
    expect(graph.gaps.map((g) => [g.operation, g.code, g.resource])).toEqual([
      ['DescribeDBClusterParameters', 'DBParameterGroupNotFound', `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-pg:gone`],
    ]);
  });
});

describe('the documented defaults of the TLS parameters', () => {
  const at = (engine: string, version: string | undefined) => {
    const p = tlsParameterOf(engine)!;
    return [p.parameter, engineDefault(p, version)];
  };
  it('follows the engine version where the documentation does', () => {
    expect(at('postgres', '14.10')).toEqual(['rds.force_ssl', '0']);
    expect(at('postgres', '15.2')).toEqual(['rds.force_ssl', '1']);
    expect(at('postgres', undefined)).toEqual(['rds.force_ssl', undefined]);
    expect(at('mysql', '8.4.3')).toEqual(['require_secure_transport', 'OFF']);
    expect(at('mysql', '9.2.0')).toEqual(['require_secure_transport', undefined]);
    expect(at('mysql', '9.7.0')).toEqual(['require_secure_transport', 'ON']);
    expect(at('mariadb', '11.4.5')).toEqual(['require_secure_transport', 'OFF']);
    expect(at('mariadb', '11.8.1')).toEqual(['require_secure_transport', 'ON']);
    expect(at('aurora-mysql', '8.0.mysql_aurora.3.05.2')).toEqual(['require_secure_transport', 'OFF']);
    expect(at('aurora-postgresql', '16.4')).toEqual(['rds.force_ssl', '0']);
    expect(at('sqlserver-se', '15.00.4365.2.v1')).toEqual(['rds.force_ssl', '0']);
    expect(tlsParameterOf('oracle-ee')).toBeUndefined();
  });
  it('reads ON, 1 and TRUE as required for require_secure_transport, only 1 for rds.force_ssl', () => {
    const mysql = tlsParameterOf('mysql')!;
    const pg = tlsParameterOf('postgres')!;
    expect(['ON', 'on', '1', 'TRUE', 'OFF', '0', 'maybe'].map((v) => requiresTls(mysql, v))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      undefined,
    ]);
    expect(['1', '0', 'ON'].map((v) => requiresTls(pg, v))).toEqual([true, false, undefined]);
  });
});
