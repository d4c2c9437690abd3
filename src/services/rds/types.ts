/**
 * What Amazon RDS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface RdsTypes {
  name: 'rds';
  nodes: {
    'rds.instance': RdsInstanceAttributes;
    'rds.cluster': RdsClusterAttributes;
    'rds.snapshot': RdsSnapshotAttributes;
    'rds.cluster-snapshot': RdsSnapshotAttributes;
  };
  edges: { 'encrypted-by': true; 'snapshot-of': true };
  seed: RdsDefinition;
}

export type RdsStorageAttributes = DataResourceAttributes & {
  /** `postgres`, `aurora-mysql`, ... and, through the same API, `docdb` (DocumentDB) and `neptune` (Neptune). */
  engine?: string;
  /** From the engine: `Amazon RDS`, `Amazon Aurora`, `Amazon DocumentDB` or `Amazon Neptune` (the name findings give the resource). */
  product?: string;
  /** True when encrypted with a KMS key (AWS managed or customer managed); false for `sse-rds`. */
  storageEncrypted?: boolean;
  /** `sse-kms`, `sse-rds` (AWS owned key, even when `storageEncrypted` is false) or `none`; null when RDS does not say. */
  storageEncryptionType?: string | null;
  /**
   * The key as RDS returned it. An emulator's placeholder for the default key (moto's
   * `default_kms_key_id`) is recorded as the ARN of the alias `aws/rds` in the resource's region.
   * Null when the storage is not encrypted with a KMS key (`none` or `sse-rds`); absent when
   * it is and RDS names no key.
   */
  kmsKeyId?: string | null;
  status?: string;
};

/**
 * Whether the database refuses connections without TLS, from the TLS parameter of its
 * (DB or DB cluster) parameter group: `rds.force_ssl` (PostgreSQL, Aurora PostgreSQL, SQL
 * Server) or `require_secure_transport` (MySQL, MariaDB, Aurora MySQL). When the group does
 * not set it, the engine's documented default (`src/services/rds/tls-defaults.ts`).
 */
export type RdsTlsParameterAttributes = {
  /** The DB parameter group (instances) or DB cluster parameter group (clusters) in effect. */
  parameterGroup?: string;
  /**
   * `rds.force_ssl` or `require_secure_transport`. Null when the engine has no such
   * parameter (Oracle, Db2) or, for a cluster member, when the cluster's parameter group
   * holds it (Aurora and Multi-AZ DB clusters: see the cluster).
   */
  tlsParameterName?: string | null;
  /** The value in effect; null when neither the group nor the documented defaults give one. Absent when the group was not read. */
  tlsParameterValue?: string | null;
  /** `parameter group` (the group sets it) or `engine default` (it does not: the documented default of the engine version). */
  tlsParameterSource?: 'parameter group' | 'engine default';
  /** True when connections without TLS are refused; absent when unknown (group not read, or a value or default not known). */
  tlsRequired?: boolean;
};

export type RdsInstanceAttributes = RdsStorageAttributes &
  RdsTlsParameterAttributes & {
    dbInstanceIdentifier: string;
    /** The cluster the instance belongs to (Aurora, Multi-AZ DB clusters). */
    dbClusterIdentifier?: string;
    engineVersion?: string;
    instanceClass?: string;
    storageType?: string;
    publiclyAccessible?: boolean;
    /** The CA that signed the instance's server certificate (`CACertificateIdentifier`, e.g. `rds-ca-rsa2048-g1`). */
    caCertificateIdentifier?: string;
    /** When that CA certificate expires (`DescribeCertificates` `ValidTill`); absent when it was not read or RDS did not list that CA. */
    caCertificateValidTill?: string;
    /** When the instance's own server certificate expires (`CertificateDetails.ValidTill`); absent when RDS did not say. */
    serverCertificateValidTill?: string;
  };

export type RdsClusterAttributes = RdsStorageAttributes &
  RdsTlsParameterAttributes & {
    dbClusterIdentifier: string;
    engineVersion?: string;
    /** `provisioned`, `serverless`, `parallelquery`, `global`, `multimaster`. */
    engineMode?: string;
    /** Identifiers of the member DB instances. */
    members?: string[];
  };

export type RdsSnapshotAttributes = RdsStorageAttributes & {
  snapshotIdentifier: string;
  /** The instance or cluster it was taken from. */
  sourceIdentifier?: string;
  /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
  snapshotType?: string;
  snapshotCreateTime?: string;
  /**
   * Manual snapshots: the `restore` attribute holds `all`. Automated snapshots cannot be
   * shared (only a manual copy can), so they are `false` without a call.
   */
  public?: boolean;
  /** Accounts in the `restore` attribute (manual snapshots); `[]` for automated snapshots. */
  sharedWithAccounts?: string[];
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface DbClusterDefinition {
  /** The DB cluster identifier. */
  id: string;
  region: string;
  /** Default `aurora-postgresql`. */
  engine?: string;
  /** Default false, or true when `kmsKey` is given. */
  storageEncrypted?: boolean;
  /** The key (`@ref`, key id or ARN); an encrypted cluster without one uses the AWS managed key `aws/rds`. */
  kmsKey?: string;
  engineVersion?: string;
  /** A DB cluster parameter group declared in /rds/clusterParameterGroups (default: the engine's default group). */
  parameterGroup?: string;
  tags?: Record<string, string>;
}

export interface DbInstanceDefinition {
  /** The DB instance identifier. */
  id: string;
  region: string;
  /** Default `postgres` (or the cluster's engine for a cluster member). */
  engine?: string;
  /** Default `db.t3.micro`. */
  instanceClass?: string;
  /** Default 20 (not used for cluster members). */
  allocatedStorageGiB?: number;
  /** Default false, or true when `kmsKey` is given (cluster members: the cluster's storage). */
  storageEncrypted?: boolean;
  kmsKey?: string;
  /** The identifier of the cluster this instance is a member of (Aurora). */
  cluster?: string;
  publiclyAccessible?: boolean;
  engineVersion?: string;
  /** A DB parameter group declared in /rds/parameterGroups (default: the engine's default group). */
  parameterGroup?: string;
  /** `CACertificateIdentifier` at creation (e.g. `rds-ca-rsa2048-g1`). */
  caCertificate?: string;
  tags?: Record<string, string>;
}

export interface DbSnapshotDefinition {
  /** The snapshot identifier. */
  id: string;
  /** A manual snapshot of this DB instance ... */
  instance?: string;
  /** ... or of this DB cluster (exactly one of the two). */
  cluster?: string;
  /** `all` in the snapshot's restore attribute. */
  public?: boolean;
  /** Accounts in the restore attribute. */
  sharedWith?: string[];
}

/** A custom DB (or DB cluster) parameter group and the parameters set on it. */
export interface DbParameterGroupDefinition {
  name: string;
  region: string;
  /** `postgres16`, `mysql8.0`, `aurora-postgresql16`, ... */
  family: string;
  /** Parameter name -> value (e.g. `{ "rds.force_ssl": "1" }`). */
  parameters?: Record<string, string>;
}

export interface RdsDefinition {
  parameterGroups?: DbParameterGroupDefinition[];
  clusterParameterGroups?: DbParameterGroupDefinition[];
  clusters?: DbClusterDefinition[];
  instances?: DbInstanceDefinition[];
  /** Manual snapshots (the emulator also takes an automated one of every instance and cluster). */
  snapshots?: DbSnapshotDefinition[];
}
