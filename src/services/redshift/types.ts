/**
 * What Amazon Redshift adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface RedshiftTypes {
  name: 'redshift';
  nodes: { 'redshift.cluster': RedshiftClusterAttributes };
  edges: { 'encrypted-by': true };
  seed: RedshiftClusterDefinition[];
}

/**
 * Where a cluster's `require_ssl` value comes from: the parameter's `Source` as
 * `DescribeClusterParameters` returns it (`engine-default`, `user`), or `documented-default`
 * when the group's parameters do not list `require_ssl` at all and the value is the one the
 * Amazon Redshift Management Guide documents for the `redshift-1.0` family (false).
 */
export type RequireSslSource = 'engine-default' | 'user' | 'documented-default' | (string & {});

export type RedshiftClusterAttributes = DataResourceAttributes & {
  clusterIdentifier: string;
  /** `available`, `creating`, `modifying`, `paused`, ... */
  clusterStatus?: string;
  /** Whether the cluster's data, metadata and snapshots are encrypted at rest. */
  encrypted?: boolean;
  /**
   * The KMS key as `DescribeClusters` returned it. Null when the cluster names none: not
   * encrypted, encrypted with the AWS owned key (Redshift's default), or with an HSM.
   */
  kmsKeyId?: string | null;
  /** The HSM configuration of a cluster whose keys an HSM holds; null for none. */
  hsmConfigurationIdentifier?: string | null;
  publiclyAccessible?: boolean;
  /** The cluster's parameter group (`default.redshift-1.0` unless a custom one is set); null when none is named. */
  parameterGroupName?: string | null;
  /** Whether the group's values are applied (`in-sync`) or wait for a reboot (`pending-reboot`). */
  parameterApplyStatus?: string;
  /**
   * The `require_ssl` value of the cluster's parameter group: true when clients must connect
   * with TLS. Absent when the group's parameters could not be read.
   */
  requireSsl?: boolean;
  /** Where `requireSsl` comes from (see `RequireSslSource`). */
  requireSslSource?: RequireSslSource;
  clusterCreateTime?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface RedshiftClusterDefinition {
  /** The cluster identifier. */
  name: string;
  region: string;
  /** Default false, or true when `kmsKey` is given (without a key: Redshift's default key). */
  encrypted?: boolean;
  /** The key (`@ref`, key id, key ARN or alias). */
  kmsKey?: string;
  /** A custom parameter group, created with the family's default values (default: `default.redshift-1.0`). */
  parameterGroup?: string;
  tags?: Record<string, string>;
}
