/**
 * What Amazon ElastiCache adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface ElastiCacheTypes {
  name: 'elasticache';
  nodes: {
    'elasticache.replication-group': ElastiCacheReplicationGroupAttributes;
    'elasticache.serverless-cache': ElastiCacheServerlessCacheAttributes;
  };
  edges: { 'encrypted-by': true };
  seed: ElastiCacheReplicationGroupDefinition[];
}

/** A node-based Valkey or Redis OSS replication group (`DescribeReplicationGroups`). */
export type ElastiCacheReplicationGroupAttributes = DataResourceAttributes & {
  replicationGroupId: string;
  /** `available`, `creating`, `modifying`, `deleting`, `create-failed`, `snapshotting`. */
  status?: string;
  /** `valkey` or `redis`. */
  engine?: string;
  /** Whether data on disk (sync, backup and swap files, backups in S3) is encrypted. */
  atRestEncryptionEnabled?: boolean;
  /**
   * The KMS key as returned; null when the group names none: not encrypted at rest, or
   * encrypted with ElastiCache's default (service managed) key.
   */
  kmsKeyId?: string | null;
  /** Whether in-transit encryption (TLS) is enabled. */
  transitEncryptionEnabled?: boolean;
  /**
   * `required` (TLS only) or `preferred` (TLS and plaintext, the migration setting); null
   * when the answer gives no mode.
   */
  transitEncryptionMode?: string | null;
  authTokenEnabled?: boolean;
  /** Cluster mode (sharding) is enabled. */
  clusterEnabled?: boolean;
  /** The cache clusters (nodes) of the group. */
  memberClusters?: string[];
  cacheNodeType?: string;
};

/** A serverless cache (`DescribeServerlessCaches`): always encrypted at rest and in transit. */
export type ElastiCacheServerlessCacheAttributes = DataResourceAttributes & {
  serverlessCacheName: string;
  status?: string;
  /** `valkey`, `redis` or `memcached`. */
  engine?: string;
  majorEngineVersion?: string;
  /** The customer managed KMS key as returned; null when the cache uses ElastiCache's service managed key. */
  kmsKeyId?: string | null;
  /** `sse-elasticache` (service managed key) or `sse-kms` (customer managed key); null when the answer gives none. */
  storageEncryptionType?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface ElastiCacheReplicationGroupDefinition {
  /** The replication group id. */
  name: string;
  region: string;
  /** Default false, or true when `kmsKey` is given (without a key: ElastiCache's default key). */
  atRest?: boolean;
  /** The key (`@ref`, key id, key ARN or alias). */
  kmsKey?: string;
  /** In-transit encryption (TLS); default false. */
  inTransit?: boolean;
  /** Valkey or Redis OSS (default `redis`). */
  engine?: string;
}
