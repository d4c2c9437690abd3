/**
 * Pure mapping of EFS `DescribeFileSystems` answers to graph nodes and pending edges. No I/O.
 */
import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { arns } from '../../graph/arn.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode, tagMap } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { EfsFileSystemAttributes } from './types.ts';

export interface EfsScope {
  partition: string;
  account: string;
  region: string;
}

/** The alias of the key EFS uses when a file system is created encrypted without one. */
export const EFS_DEFAULT_KEY_ALIAS = 'alias/aws/elasticfilesystem';

/**
 * The key of a file system as recorded and resolved: the key AWS names; for an encrypted
 * file system whose answer names none (the emulator's answer for the default key), the
 * alias ARN of `aws/elasticfilesystem` in its region; none when it is not encrypted.
 */
export function efsKeyRef(scope: EfsScope, kmsKeyId: string | undefined, encrypted: boolean | undefined): string | undefined {
  if (encrypted !== true) return undefined;
  if (kmsKeyId !== undefined && kmsKeyId !== '') return kmsKeyId;
  return arns.kmsAlias(scope.partition, scope.region, scope.account, EFS_DEFAULT_KEY_ALIAS);
}

export function mapFileSystem(
  scope: EfsScope,
  f: FileSystemDescription,
): { node: GraphNode<EfsFileSystemAttributes>; edges: PendingEdge[] } {
  const fileSystemId = f.FileSystemId ?? '';
  const id = f.FileSystemArn ?? `arn:${scope.partition}:elasticfilesystem:${scope.region}:${scope.account}:file-system/${fileSystemId}`;
  const key = efsKeyRef(scope, f.KmsKeyId, f.Encrypted);
  const tags = tagMap(f.Tags);
  const attributes: EfsFileSystemAttributes = compact({
    fileSystemId,
    encryptionMode: f.Encrypted === undefined ? undefined : f.Encrypted ? 'kms' : 'none',
    encrypted: f.Encrypted,
    kmsKeyId: key ?? (f.Encrypted === false ? null : undefined),
    lifeCycleState: f.LifeCycleState,
    performanceMode: f.PerformanceMode,
    throughputMode: f.ThroughputMode,
    availabilityZoneName: f.AvailabilityZoneName ?? null,
    numberOfMountTargets: f.NumberOfMountTargets,
    creationTime: iso(f.CreationTime),
  });
  const edges: PendingEdge[] =
    key === undefined
      ? []
      : [{ from: id, kind: 'encrypted-by', field: 'FileSystems[].KmsKeyId', ref: key, target: { kind: 'kms-key', context: { ...scope } } }];
  return { node: resourceNode(scope, 'efs.file-system', id, f.Name || tags['Name'] || fileSystemId, tags, attributes), edges };
}
