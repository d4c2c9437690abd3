/**
 * Pure mapping of RDS API responses to graph nodes and pending edges. No I/O.
 */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot, Tag } from '@aws-sdk/client-rds';
import { arns } from '../../graph/arn.ts';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type {
  RdsClusterAttributes,
  RdsInstanceAttributes,
  RdsSnapshotAttributes,
  RdsStorageAttributes,
  RdsTlsParameterAttributes,
} from './types.ts';
import { engineDefault, requiresTls, tlsParameterOf } from './tls-defaults.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode, NodeType } from '../../graph/types.ts';
import { resourceNode, tagMap } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';

export interface RdsScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * moto answers this literal as `KmsKeyId` where AWS answers the ARN of the key: for a
 * resource created encrypted without a key (AWS then uses the AWS managed key `aws/rds`),
 * and on every cluster, encrypted or not.
 */
export const EMULATOR_DEFAULT_KEY_PLACEHOLDER = 'default_kms_key_id';

/**
 * The key reference of an RDS resource, as recorded and resolved. The emulator's
 * placeholder stands for RDS's AWS managed key, `alias/aws/rds` in the resource's region
 * (written as an alias ARN, so that it resolves there); on an unencrypted resource it
 * names no key and is dropped.
 */
export function rdsKeyRef(scope: RdsScope, raw: string | undefined, encrypted: boolean | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw !== EMULATOR_DEFAULT_KEY_PLACEHOLDER) return raw;
  return encrypted === true ? arns.kmsAlias(scope.partition, scope.region, scope.account, 'alias/aws/rds') : undefined;
}

/**
 * `sse-rds` is encryption with an AWS owned key, reported with `StorageEncrypted: false`;
 * `sse-kms` and `StorageEncrypted: true` mean a KMS key; `none` or `false` without a type,
 * unencrypted.
 */
export function rdsEncryptionMode(
  storageEncrypted: boolean | undefined,
  storageEncryptionType: string | undefined,
): EncryptionMode | undefined {
  switch (storageEncryptionType) {
    case 'sse-rds':
      return 'aws-owned';
    case 'sse-kms':
      return 'kms';
    case 'none':
      return 'none';
  }
  if (storageEncrypted === undefined) return undefined;
  return storageEncrypted ? 'kms' : 'none';
}

/**
 * The AWS product a DB resource belongs to, from its engine: the RDS API also returns
 * Amazon DocumentDB (`docdb`) and Amazon Neptune (`neptune`) clusters, instances and
 * snapshots, and Aurora's engines all start with `aurora`. Findings name it.
 */
export function rdsProduct(engine: string | undefined): string | undefined {
  if (engine === undefined || engine === '') return undefined;
  if (engine === 'docdb') return 'Amazon DocumentDB';
  if (engine === 'neptune') return 'Amazon Neptune';
  return engine.startsWith('aurora') ? 'Amazon Aurora' : 'Amazon RDS';
}

interface Storage {
  engine: string | undefined;
  storageEncrypted: boolean | undefined;
  storageEncryptionType: string | undefined;
  kmsKeyId: string | undefined;
  status: string | undefined;
}

/** The storage attributes every RDS resource shares, and its `encrypted-by` edge. */
function storage(scope: RdsScope, id: string, field: string, s: Storage): { attributes: RdsStorageAttributes; edges: PendingEdge[] } {
  const kmsKeyId = rdsKeyRef(scope, s.kmsKeyId, s.storageEncrypted);
  const encryptionMode = rdsEncryptionMode(s.storageEncrypted, s.storageEncryptionType);
  // Storage that no KMS key encrypts has no key: read, and none. Encrypted without a key named stays unknown.
  const noKey = encryptionMode === 'none' || encryptionMode === 'aws-owned';
  const attributes: RdsStorageAttributes = compact({
    encryptionMode,
    engine: s.engine,
    product: rdsProduct(s.engine),
    storageEncrypted: s.storageEncrypted,
    storageEncryptionType: s.storageEncryptionType ?? null,
    kmsKeyId: kmsKeyId ?? (noKey ? null : undefined),
    status: s.status,
  });
  const edges: PendingEdge[] =
    kmsKeyId === undefined
      ? []
      : [{ from: id, kind: 'encrypted-by', field, ref: kmsKeyId, target: { kind: 'kms-key', context: { ...scope } } }];
  return { attributes, edges };
}

/**
 * The TLS parameter as a parameter group answered it: the parameter's entry (`null` when
 * the group was read and does not list it), or undefined when the group was not read.
 */
export type GroupTlsParameter = { value: string | undefined; source: string | undefined } | null | undefined;

/** What a database's parameter group says about TLS; see `RdsTlsParameterAttributes`. */
export function tlsParameterAttributes(
  db: { engine: string | undefined; engineVersion: string | undefined; parameterGroup: string | undefined; clusterMember: boolean },
  answer: GroupTlsParameter,
): RdsTlsParameterAttributes {
  const p = tlsParameterOf(db.engine);
  if (p === undefined || db.clusterMember) return compact({ parameterGroup: db.parameterGroup, tlsParameterName: null });
  if (answer === undefined) return compact({ parameterGroup: db.parameterGroup, tlsParameterName: p.parameter });
  // AWS lists every parameter of a group, `Source: user` marking those the group sets (an
  // emulator lists only those, without a Source). Without a value: the documented default.
  const listed = answer?.value !== undefined && answer.value !== '' ? answer.value : undefined;
  const value = listed ?? engineDefault(p, db.engineVersion) ?? null;
  return compact({
    parameterGroup: db.parameterGroup,
    tlsParameterName: p.parameter,
    tlsParameterValue: value,
    tlsParameterSource: listed !== undefined && (answer?.source ?? 'user') === 'user' ? 'parameter group' : 'engine default',
    tlsRequired: value === null ? undefined : requiresTls(p, value),
  });
}

/** The groups an instance and a cluster read their TLS parameter from (none: nothing to read). */
export function instanceParameterGroup(d: DBInstance): string | undefined {
  if (d.DBClusterIdentifier !== undefined || tlsParameterOf(d.Engine) === undefined) return undefined;
  return d.DBParameterGroups?.[0]?.DBParameterGroupName;
}

export function clusterParameterGroup(c: DBCluster): string | undefined {
  return tlsParameterOf(c.Engine) === undefined ? undefined : c.DBClusterParameterGroup;
}

export function mapInstance(
  scope: RdsScope,
  d: DBInstance,
  tls: GroupTlsParameter = undefined,
  caValidTill: ReadonlyMap<string, string> = new Map(),
): { node: GraphNode<RdsInstanceAttributes>; edges: PendingEdge[] } {
  const identifier = d.DBInstanceIdentifier ?? '';
  const id = d.DBInstanceArn ?? arns.rds(scope.partition, scope.region, scope.account, 'db', identifier);
  const s = storage(scope, id, 'DBInstances[].KmsKeyId', {
    engine: d.Engine,
    storageEncrypted: d.StorageEncrypted,
    storageEncryptionType: d.StorageEncryptionType,
    kmsKeyId: d.KmsKeyId,
    status: d.DBInstanceStatus,
  });
  const attributes: RdsInstanceAttributes = compact({
    ...s.attributes,
    dbInstanceIdentifier: identifier,
    dbClusterIdentifier: d.DBClusterIdentifier,
    engineVersion: d.EngineVersion,
    instanceClass: d.DBInstanceClass,
    storageType: d.StorageType,
    publiclyAccessible: d.PubliclyAccessible,
    ...tlsParameterAttributes(
      {
        engine: d.Engine,
        engineVersion: d.EngineVersion,
        parameterGroup: d.DBParameterGroups?.[0]?.DBParameterGroupName,
        clusterMember: d.DBClusterIdentifier !== undefined,
      },
      tls,
    ),
    caCertificateIdentifier: d.CACertificateIdentifier,
    caCertificateValidTill: d.CACertificateIdentifier === undefined ? undefined : caValidTill.get(d.CACertificateIdentifier),
    serverCertificateValidTill: iso(d.CertificateDetails?.ValidTill),
  });
  return { node: resourceNode(scope, 'rds.instance', id, identifier, tagMap(d.TagList), attributes), edges: s.edges };
}

export function mapCluster(
  scope: RdsScope,
  c: DBCluster,
  tls: GroupTlsParameter = undefined,
): { node: GraphNode<RdsClusterAttributes>; edges: PendingEdge[] } {
  const identifier = c.DBClusterIdentifier ?? '';
  const id = c.DBClusterArn ?? arns.rds(scope.partition, scope.region, scope.account, 'cluster', identifier);
  const s = storage(scope, id, 'DBClusters[].KmsKeyId', {
    engine: c.Engine,
    storageEncrypted: c.StorageEncrypted,
    storageEncryptionType: c.StorageEncryptionType,
    kmsKeyId: c.KmsKeyId,
    status: c.Status,
  });
  const members = c.DBClusterMembers?.map((m) => m.DBInstanceIdentifier ?? '').filter((m) => m !== '');
  const attributes: RdsClusterAttributes = compact({
    ...s.attributes,
    dbClusterIdentifier: identifier,
    engineVersion: c.EngineVersion,
    engineMode: c.EngineMode,
    members: members?.sort(),
    ...tlsParameterAttributes(
      { engine: c.Engine, engineVersion: c.EngineVersion, parameterGroup: c.DBClusterParameterGroup, clusterMember: false },
      tls,
    ),
  });
  return { node: resourceNode(scope, 'rds.cluster', id, identifier, tagMap(c.TagList), attributes), edges: s.edges };
}

/** The `restore` attribute of a manual snapshot: `all` makes it public; the rest are account ids. */
export interface SnapshotSharing {
  public?: boolean;
  sharedWithAccounts?: string[];
}

export function sharingFromRestore(values: readonly string[] | undefined): Required<SnapshotSharing> {
  const list = values ?? [];
  return { public: list.includes('all'), sharedWithAccounts: [...new Set(list.filter((v) => v !== 'all'))].sort() };
}

/**
 * What is known about a snapshot's sharing before any attribute call: automated snapshots
 * cannot be shared (only a manual copy of one can), manual ones need the attribute call.
 */
export function sharingWithoutAttributes(snapshotType: string | undefined): SnapshotSharing {
  return snapshotType === 'automated' ? { public: false, sharedWithAccounts: [] } : {};
}

/** Only manual snapshots carry the `restore` attribute. */
export function needsRestoreAttribute(snapshotType: string | undefined): boolean {
  return snapshotType === 'manual';
}

/** The node id of a DB snapshot: its ARN. */
export function dbSnapshotId(scope: RdsScope, s: DBSnapshot): string {
  return s.DBSnapshotArn ?? arns.rds(scope.partition, scope.region, scope.account, 'snapshot', s.DBSnapshotIdentifier ?? '');
}

/** The node id of a DB cluster snapshot: its ARN. */
export function clusterSnapshotId(scope: RdsScope, s: DBClusterSnapshot): string {
  return (
    s.DBClusterSnapshotArn ??
    arns.rds(scope.partition, scope.region, scope.account, 'cluster-snapshot', s.DBClusterSnapshotIdentifier ?? '')
  );
}

interface SnapshotFields {
  type: 'rds.snapshot' | 'rds.cluster-snapshot';
  id: string;
  identifier: string;
  source: { kind: 'db' | 'cluster'; type: NodeType; identifier: string | undefined };
  field: string;
  storage: Storage;
  snapshotType: string | undefined;
  createTime: Date | undefined;
  tags: Tag[] | undefined;
}

function mapAnySnapshot(
  scope: RdsScope,
  f: SnapshotFields,
  sharing: SnapshotSharing,
): { node: GraphNode<RdsSnapshotAttributes>; edges: PendingEdge[] } {
  const id = f.id;
  const s = storage(scope, id, `${f.field}.KmsKeyId`, f.storage);
  const attributes: RdsSnapshotAttributes = compact({
    ...s.attributes,
    snapshotIdentifier: f.identifier,
    sourceIdentifier: f.source.identifier,
    snapshotType: f.snapshotType,
    snapshotCreateTime: iso(f.createTime),
    public: sharing.public,
    sharedWithAccounts: sharing.sharedWithAccounts,
  });
  const edges = s.edges;
  if (f.source.identifier) {
    edges.push({
      from: id,
      kind: 'snapshot-of',
      field: `${f.field}.${f.source.kind === 'db' ? 'DBInstanceIdentifier' : 'DBClusterIdentifier'}`,
      ref: f.source.identifier,
      target: {
        kind: 'resource',
        id: arns.rds(scope.partition, scope.region, scope.account, f.source.kind, f.source.identifier),
        type: f.source.type,
        service: 'rds',
        account: scope.account,
        region: scope.region,
      },
    });
  }
  return { node: resourceNode(scope, f.type, id, f.identifier, tagMap(f.tags), attributes), edges };
}

export function mapDbSnapshot(scope: RdsScope, s: DBSnapshot, sharing: SnapshotSharing) {
  return mapAnySnapshot(
    scope,
    {
      type: 'rds.snapshot',
      id: dbSnapshotId(scope, s),
      identifier: s.DBSnapshotIdentifier ?? '',
      source: { kind: 'db', type: 'rds.instance', identifier: s.DBInstanceIdentifier },
      field: 'DBSnapshots[]',
      storage: {
        engine: s.Engine,
        storageEncrypted: s.Encrypted,
        storageEncryptionType: s.StorageEncryptionType,
        kmsKeyId: s.KmsKeyId,
        status: s.Status,
      },
      snapshotType: s.SnapshotType,
      createTime: s.SnapshotCreateTime,
      tags: s.TagList,
    },
    sharing,
  );
}

export function mapClusterSnapshot(scope: RdsScope, s: DBClusterSnapshot, sharing: SnapshotSharing) {
  return mapAnySnapshot(
    scope,
    {
      type: 'rds.cluster-snapshot',
      id: clusterSnapshotId(scope, s),
      identifier: s.DBClusterSnapshotIdentifier ?? '',
      source: { kind: 'cluster', type: 'rds.cluster', identifier: s.DBClusterIdentifier },
      field: 'DBClusterSnapshots[]',
      storage: {
        engine: s.Engine,
        storageEncrypted: s.StorageEncrypted,
        storageEncryptionType: s.StorageEncryptionType,
        kmsKeyId: s.KmsKeyId,
        status: s.Status,
      },
      snapshotType: s.SnapshotType,
      createTime: s.SnapshotCreateTime,
      tags: s.TagList,
    },
    sharing,
  );
}
