/**
 * What Amazon EBS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface EbsTypes {
  name: 'ebs';
  nodes: { 'ec2.volume': Ec2VolumeAttributes; 'ec2.snapshot': Ec2SnapshotAttributes; 'ec2.ebs-defaults': Ec2EbsDefaultsAttributes };
  edges: { 'encrypted-by': true; 'default-key': true; 'snapshot-of': true };
  seed: EbsDefinition;
}

export type Ec2VolumeAttributes = DataResourceAttributes & {
  volumeId: string;
  encrypted?: boolean;
  /** As DescribeVolumes returned it; null when the volume is not encrypted (absent when encrypted and AWS names no key). */
  kmsKeyId?: string | null;
  /** `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`. */
  state?: string;
  sizeGiB?: number;
  volumeType?: string;
  availabilityZone?: string;
  /** The snapshot the volume was created from; null when it was not created from one. */
  snapshotId?: string | null;
  attachedInstances?: string[];
  createTime?: string;
};

export type Ec2SnapshotAttributes = DataResourceAttributes & {
  snapshotId: string;
  encrypted?: boolean;
  /** As DescribeSnapshots returned it; null when the snapshot is not encrypted (absent when encrypted and AWS names no key). */
  kmsKeyId?: string | null;
  /** `pending`, `completed`, `error`, `recoverable`, `recovering`. */
  state?: string;
  volumeId?: string;
  volumeSizeGiB?: number;
  startTime?: string;
  /** Null when the snapshot has no description. */
  description?: string | null;
  ownerId?: string;
  /**
   * Whether any AWS account may create volumes from the snapshot. `DescribeSnapshots` with
   * `RestorableByUserIds=all` lists the candidates, each confirmed with
   * `DescribeSnapshotAttribute createVolumePermission` (group `all`); a snapshot that the
   * candidate listing did not return is `false`. Absent when either call failed.
   */
  public?: boolean;
  /** Accounts with create-volume permission, when the attribute was read (public candidates only). */
  sharedWithAccounts?: string[];
};

export type Ec2EbsDefaultsAttributes = DataResourceAttributes & {
  /** `GetEbsEncryptionByDefault`: new volumes and snapshot copies are encrypted (encryptionMode `kms`) or not (`none`). */
  encryptionByDefault?: boolean;
  /** As returned by `GetEbsDefaultKmsKeyId`; the target of the node's `default-key` edge. */
  defaultKmsKeyId?: string;
  /** `GetSnapshotBlockPublicAccessState`: `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  snapshotBlockPublicAccess?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface EbsDefaultsDefinition {
  region: string;
  /** `EnableEbsEncryptionByDefault` or `DisableEbsEncryptionByDefault`. */
  encryptionByDefault: boolean;
  /** The default key for EBS encryption (`@ref`, key id or ARN); default: the AWS managed key `aws/ebs`. */
  defaultKey?: string;
}

export interface VolumeDefinition {
  /** The name snapshots use to point at this volume. */
  ref: string;
  region: string;
  /** Default: the region's first zone (`<region>a`). */
  availabilityZone?: string;
  /** Default 8. */
  sizeGiB?: number;
  /** Default `gp3`. */
  volumeType?: string;
  /** Default false, or true when `kmsKey` is given. */
  encrypted?: boolean;
  /** The key (`@ref`, key id or ARN); an encrypted volume without one uses the account's default key. */
  kmsKey?: string;
  tags?: Record<string, string>;
}

export interface EbsSnapshotDefinition {
  ref: string;
  /** The `ref` of the volume it is taken from; the snapshot is in the volume's region. */
  volume: string;
  description?: string;
  /** Create-volume permission for group `all`. */
  public?: boolean;
  /** Accounts given create-volume permission. */
  sharedWith?: string[];
  tags?: Record<string, string>;
}

export interface EbsDefinition {
  /** Encryption by default and the default key, per region. */
  defaults?: EbsDefaultsDefinition[];
  volumes?: VolumeDefinition[];
  snapshots?: EbsSnapshotDefinition[];
}
