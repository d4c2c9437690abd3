/**
 * What Amazon EFS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface EfsTypes {
  name: 'efs';
  nodes: { 'efs.file-system': EfsFileSystemAttributes };
  edges: { 'encrypted-by': true };
  seed: EfsFileSystemDefinition[];
}

export type EfsFileSystemAttributes = DataResourceAttributes & {
  fileSystemId: string;
  /** Whether the file system is encrypted at rest (always with a KMS key). */
  encrypted?: boolean;
  /**
   * The key as `DescribeFileSystems` returned it. An encrypted file system whose answer names
   * no key (the emulator's answer for the default key; AWS names it) is recorded as the ARN
   * of the alias `aws/elasticfilesystem` in its region, the key EFS documents as the default.
   * Null when the file system is not encrypted.
   */
  kmsKeyId?: string | null;
  /** `creating`, `available`, `updating`, `deleting`, `deleted`, `error`. */
  lifeCycleState?: string;
  performanceMode?: string;
  throughputMode?: string;
  /** One Zone file systems: their zone; null for Regional ones. */
  availabilityZoneName?: string | null;
  numberOfMountTargets?: number;
  creationTime?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface EfsFileSystemDefinition {
  /** The creation token, and the `Name` tag. */
  name: string;
  region: string;
  /** Default false, or true when `kmsKey` is given. */
  encrypted?: boolean;
  /** The key (`@ref`, key id, key ARN or alias); an encrypted file system without one uses `aws/elasticfilesystem`. */
  kmsKey?: string;
  tags?: Record<string, string>;
}
