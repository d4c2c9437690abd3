/**
 * Pure mapping of Redshift `DescribeClusters` and `DescribeClusterParameters` answers to graph
 * nodes and pending edges. No I/O.
 */
import type { Cluster, Parameter } from '@aws-sdk/client-redshift';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode, tagMap } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { RedshiftClusterAttributes, RequireSslSource } from './types.ts';

export interface RedshiftScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * A cluster's ARN. `DescribeClusters` returns none, so it is built in the form the Service
 * Authorization Reference documents for the `cluster` resource type of Amazon Redshift:
 * `arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName}`.
 */
export function clusterArn(scope: RedshiftScope, clusterIdentifier: string): string {
  return `arn:${scope.partition}:redshift:${scope.region}:${scope.account}:cluster:${clusterIdentifier}`;
}

/**
 * The value of `require_ssl` in the `redshift-1.0` family when a group does not list it:
 * false, "By default, cluster databases accept a connection whether it uses SSL or not"
 * (Amazon Redshift Management Guide, "Configuring security options for connections",
 * connecting-ssl-support.html; and the default values table of "Amazon Redshift parameter
 * groups", working-with-parameter-groups.html#default-param-group-values).
 */
export const DOCUMENTED_REQUIRE_SSL_DEFAULT = false;

/** Whether a parameter group requires TLS, and where the value comes from. */
export interface RequireSsl {
  requireSsl: boolean;
  requireSslSource: RequireSslSource;
}

/**
 * `require_ssl` as a group's parameters give it. A group whose parameters do not list it
 * takes the documented default; a value that is neither true nor false is not known.
 */
export function requireSslOf(parameters: readonly Parameter[]): RequireSsl | undefined {
  const parameter = parameters.find((p) => p.ParameterName?.toLowerCase() === 'require_ssl');
  if (parameter === undefined) return { requireSsl: DOCUMENTED_REQUIRE_SSL_DEFAULT, requireSslSource: 'documented-default' };
  const value = parameter.ParameterValue?.trim().toLowerCase();
  if (value !== 'true' && value !== 'false') return undefined;
  return { requireSsl: value === 'true', requireSslSource: parameter.Source ?? 'engine-default' };
}

/** The parameter group a cluster names (the first; a cluster has one). */
export function parameterGroupOf(cluster: Cluster): string | undefined {
  const name = cluster.ClusterParameterGroups?.[0]?.ParameterGroupName;
  return name === undefined || name === '' ? undefined : name;
}

/**
 * How a cluster is encrypted: not at all; with the KMS key it names; with keys an HSM holds
 * (not a KMS level: unknown); or, encrypted and naming no key, with the AWS owned key, the
 * default of Redshift ("your database is encrypted by default ... you can use either an
 * AWS-owned key or a customer managed key", Management Guide, working-with-db-encryption.html).
 */
export function redshiftEncryptionMode(cluster: Cluster): EncryptionMode | undefined {
  if (cluster.Encrypted === undefined) return undefined;
  if (!cluster.Encrypted) return 'none';
  if (cluster.KmsKeyId) return 'kms';
  if (cluster.HsmStatus?.HsmConfigurationIdentifier) return undefined;
  return 'aws-owned';
}

export function mapCluster(
  scope: RedshiftScope,
  cluster: Cluster,
  tls: RequireSsl | undefined,
): { node: GraphNode<RedshiftClusterAttributes>; edges: PendingEdge[] } {
  const clusterIdentifier = cluster.ClusterIdentifier ?? '';
  const id = clusterArn(scope, clusterIdentifier);
  const key = cluster.Encrypted === true && cluster.KmsKeyId ? cluster.KmsKeyId : undefined;
  const group = cluster.ClusterParameterGroups?.[0];
  const attributes: RedshiftClusterAttributes = compact({
    clusterIdentifier,
    encryptionMode: redshiftEncryptionMode(cluster),
    clusterStatus: cluster.ClusterStatus,
    encrypted: cluster.Encrypted,
    kmsKeyId: key ?? (cluster.Encrypted === undefined ? undefined : null),
    hsmConfigurationIdentifier: cluster.HsmStatus?.HsmConfigurationIdentifier || null,
    publiclyAccessible: cluster.PubliclyAccessible,
    parameterGroupName: parameterGroupOf(cluster) ?? null,
    parameterApplyStatus: group?.ParameterApplyStatus,
    requireSsl: tls?.requireSsl,
    requireSslSource: tls?.requireSslSource,
    clusterCreateTime: iso(cluster.ClusterCreateTime),
  });
  const edges: PendingEdge[] =
    key === undefined
      ? []
      : [{ from: id, kind: 'encrypted-by', field: 'Clusters[].KmsKeyId', ref: key, target: { kind: 'kms-key', context: { ...scope } } }];
  return { node: resourceNode(scope, 'redshift.cluster', id, clusterIdentifier, tagMap(cluster.Tags), attributes), edges };
}

/** A parameter group's ARN (Service Authorization Reference, resource type `parametergroup`): the resource of its gap. */
export function parameterGroupArn(scope: RedshiftScope, name: string): string {
  return `arn:${scope.partition}:redshift:${scope.region}:${scope.account}:parametergroup:${name}`;
}
