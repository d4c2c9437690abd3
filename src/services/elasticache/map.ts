/**
 * Pure mapping of ElastiCache `DescribeReplicationGroups` and `DescribeServerlessCaches`
 * answers to graph nodes and pending edges. No I/O.
 */
import type { ReplicationGroup, ServerlessCache } from '@aws-sdk/client-elasticache';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import type { ElastiCacheReplicationGroupAttributes, ElastiCacheServerlessCacheAttributes } from './types.ts';

export interface ElastiCacheScope {
  partition: string;
  account: string;
  region: string;
}

/** ARNs in the forms of the Service Authorization Reference (resource types `replicationgroup`, `serverlesscache`), for answers that name none. */
export const elasticacheArn = (scope: ElastiCacheScope, kind: 'replicationgroup' | 'serverlesscache', id: string): string =>
  `arn:${scope.partition}:elasticache:${scope.region}:${scope.account}:${kind}:${id}`;

/**
 * How a replication group is encrypted at rest: not at all; with the KMS key it names; or,
 * encrypted and naming no key, with ElastiCache's default (service managed) key, which is not
 * a KMS key of the account ("ElastiCache offers default (service managed) encryption at rest,
 * as well as ability to use your own symmetric customer managed AWS KMS keys", ElastiCache
 * User Guide, at-rest-encryption.html).
 */
export function atRestMode(enabled: boolean | undefined, kmsKeyId: string | undefined): EncryptionMode | undefined {
  if (enabled === undefined) return undefined;
  if (!enabled) return 'none';
  return kmsKeyId ? 'kms' : 'aws-owned';
}

function keyEdge(scope: ElastiCacheScope, from: string, field: string, key: string | undefined): PendingEdge[] {
  return key === undefined ? [] : [{ from, kind: 'encrypted-by', field, ref: key, target: { kind: 'kms-key', context: { ...scope } } }];
}

export function mapReplicationGroup(
  scope: ElastiCacheScope,
  g: ReplicationGroup,
): { node: GraphNode<ElastiCacheReplicationGroupAttributes>; edges: PendingEdge[] } {
  const replicationGroupId = g.ReplicationGroupId ?? '';
  const id = g.ARN || elasticacheArn(scope, 'replicationgroup', replicationGroupId);
  const key = g.AtRestEncryptionEnabled === true && g.KmsKeyId ? g.KmsKeyId : undefined;
  const attributes: ElastiCacheReplicationGroupAttributes = compact({
    replicationGroupId,
    encryptionMode: atRestMode(g.AtRestEncryptionEnabled, g.KmsKeyId),
    status: g.Status,
    engine: g.Engine,
    atRestEncryptionEnabled: g.AtRestEncryptionEnabled,
    kmsKeyId: key ?? (g.AtRestEncryptionEnabled === undefined ? undefined : null),
    transitEncryptionEnabled: g.TransitEncryptionEnabled,
    transitEncryptionMode: g.TransitEncryptionEnabled === undefined ? undefined : (g.TransitEncryptionMode ?? null),
    authTokenEnabled: g.AuthTokenEnabled,
    clusterEnabled: g.ClusterEnabled,
    memberClusters: g.MemberClusters,
    cacheNodeType: g.CacheNodeType,
  });
  return {
    node: resourceNode(scope, 'elasticache.replication-group', id, replicationGroupId, {}, attributes),
    edges: keyEdge(scope, id, 'ReplicationGroups[].KmsKeyId', key),
  };
}

/**
 * A serverless cache is always encrypted at rest (API Reference, `ServerlessCache`
 * `StorageEncryptionType`): with the customer managed key it names, else with ElastiCache's
 * service managed key.
 */
export function mapServerlessCache(
  scope: ElastiCacheScope,
  c: ServerlessCache,
): { node: GraphNode<ElastiCacheServerlessCacheAttributes>; edges: PendingEdge[] } {
  const serverlessCacheName = c.ServerlessCacheName ?? '';
  const id = c.ARN || elasticacheArn(scope, 'serverlesscache', serverlessCacheName);
  const key = c.KmsKeyId || undefined;
  const attributes: ElastiCacheServerlessCacheAttributes = compact({
    serverlessCacheName,
    encryptionMode: atRestMode(true, key),
    status: c.Status,
    engine: c.Engine,
    majorEngineVersion: c.MajorEngineVersion,
    kmsKeyId: key ?? null,
    storageEncryptionType: c.StorageEncryptionType ?? null,
  });
  return {
    node: resourceNode(scope, 'elasticache.serverless-cache', id, serverlessCacheName, {}, attributes),
    edges: keyEdge(scope, id, 'ServerlessCaches[].KmsKeyId', key),
  };
}
