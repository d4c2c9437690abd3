/**
 * Pure mapping of EC2 (EBS) API responses to graph nodes and pending edges. No I/O.
 */
import type { CreateVolumePermission, Snapshot, Volume } from '@aws-sdk/client-ec2';
import { arns } from '../../graph/arn.ts';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { Ec2EbsDefaultsAttributes, Ec2SnapshotAttributes, Ec2VolumeAttributes } from './types.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode, tagMap } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';

/** Where the resources are: the account, region and partition of the collecting task. */
export interface EbsScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * The volume id that `CopySnapshot` gives a copied snapshot: AWS documents it as arbitrary,
 * so it names no volume and gets no `snapshot-of` edge.
 */
export const COPIED_SNAPSHOT_VOLUME_ID = 'vol-ffffffff';

/** EBS encryption is always KMS: an encrypted volume or snapshot is `kms`, an unencrypted one `none`. */
export function ebsEncryptionMode(encrypted: boolean | undefined): EncryptionMode | undefined {
  if (encrypted === undefined) return undefined;
  return encrypted ? 'kms' : 'none';
}

/**
 * The key of a volume or snapshot as recorded: the id AWS answered, null when the resource
 * is not encrypted (read, and no key), absent when it is encrypted and AWS named no key.
 */
export function ebsKeyId(kmsKeyId: string | undefined, encrypted: boolean | undefined): string | null | undefined {
  if (kmsKeyId !== undefined && kmsKeyId !== '') return kmsKeyId;
  return encrypted === false ? null : undefined;
}

function keyEdge(from: string, kind: PendingEdge['kind'], field: string, ref: string | undefined, scope: EbsScope): PendingEdge[] {
  if (ref === undefined || ref === '') return [];
  return [{ from, kind, field, ref, target: { kind: 'kms-key', context: { ...scope } } }];
}

/** What the three account-level calls answered; a field is absent when its call failed. */
export interface EbsDefaultsReading {
  encryptionByDefault?: boolean;
  defaultKmsKeyId?: string;
  snapshotBlockPublicAccess?: string;
}

/** The region's EBS defaults node, always present; its `default-key` edge when the default key was read. */
export function mapEbsDefaults(
  scope: EbsScope,
  reading: EbsDefaultsReading,
): { node: GraphNode<Ec2EbsDefaultsAttributes>; edges: PendingEdge[] } {
  const id = arns.ebsDefaults(scope.partition, scope.region, scope.account);
  const attributes: Ec2EbsDefaultsAttributes = compact({
    encryptionMode: ebsEncryptionMode(reading.encryptionByDefault),
    encryptionByDefault: reading.encryptionByDefault,
    defaultKmsKeyId: reading.defaultKmsKeyId,
    snapshotBlockPublicAccess: reading.snapshotBlockPublicAccess,
  });
  const node = resourceNode(scope, 'ec2.ebs-defaults', id, `ebs-encryption-by-default (${scope.region})`, {}, attributes);
  return { node, edges: keyEdge(id, 'default-key', 'KmsKeyId', reading.defaultKmsKeyId, scope) };
}

export function mapVolume(scope: EbsScope, v: Volume): { node: GraphNode<Ec2VolumeAttributes>; edges: PendingEdge[] } {
  const volumeId = v.VolumeId ?? '';
  const id = arns.ebsVolume(scope.partition, scope.region, scope.account, volumeId);
  const tags = tagMap(v.Tags);
  const attachments = v.Attachments?.map((a) => a.InstanceId ?? '').filter((i) => i !== '');
  const attributes: Ec2VolumeAttributes = compact({
    volumeId,
    encryptionMode: ebsEncryptionMode(v.Encrypted),
    encrypted: v.Encrypted,
    kmsKeyId: ebsKeyId(v.KmsKeyId, v.Encrypted),
    state: v.State,
    sizeGiB: v.Size,
    volumeType: v.VolumeType,
    availabilityZone: v.AvailabilityZone,
    // AWS answers '' for a volume not created from a snapshot.
    snapshotId: v.SnapshotId === undefined || v.SnapshotId === '' ? null : v.SnapshotId,
    attachedInstances: attachments === undefined ? undefined : [...new Set(attachments)].sort(),
    createTime: iso(v.CreateTime),
  });
  const node = resourceNode(scope, 'ec2.volume', id, tags['Name'] || volumeId, tags, attributes);
  return { node, edges: keyEdge(id, 'encrypted-by', 'Volumes[].KmsKeyId', v.KmsKeyId, scope) };
}

/** The public verdict of one snapshot. */
export interface SnapshotSharing {
  public?: boolean;
  sharedWithAccounts?: string[];
}

/** Reads `createVolumePermission`: group `all` makes a snapshot public; user ids are the accounts it is shared with. */
export function sharingFromPermissions(permissions: readonly CreateVolumePermission[] | undefined): Required<SnapshotSharing> {
  const list = permissions ?? [];
  return {
    public: list.some((p) => p.Group === 'all'),
    sharedWithAccounts: [...new Set(list.map((p) => p.UserId ?? '').filter((u) => u !== ''))].sort(),
  };
}

export function mapSnapshot(
  scope: EbsScope,
  s: Snapshot,
  sharing: SnapshotSharing,
): { node: GraphNode<Ec2SnapshotAttributes>; edges: PendingEdge[] } {
  const snapshotId = s.SnapshotId ?? '';
  const id = arns.ebsSnapshot(scope.partition, scope.region, snapshotId);
  const tags = tagMap(s.Tags);
  const attributes: Ec2SnapshotAttributes = compact({
    snapshotId,
    encryptionMode: ebsEncryptionMode(s.Encrypted),
    encrypted: s.Encrypted,
    kmsKeyId: ebsKeyId(s.KmsKeyId, s.Encrypted),
    state: s.State,
    volumeId: s.VolumeId,
    volumeSizeGiB: s.VolumeSize,
    startTime: iso(s.StartTime),
    description: s.Description || null,
    ownerId: s.OwnerId,
    public: sharing.public,
    sharedWithAccounts: sharing.sharedWithAccounts,
  });
  const node = resourceNode(scope, 'ec2.snapshot', id, tags['Name'] || snapshotId, tags, attributes);
  const edges = keyEdge(id, 'encrypted-by', 'Snapshots[].KmsKeyId', s.KmsKeyId, scope);
  if (s.VolumeId !== undefined && s.VolumeId !== '' && s.VolumeId !== COPIED_SNAPSHOT_VOLUME_ID) {
    edges.push({
      from: id,
      kind: 'snapshot-of',
      field: 'Snapshots[].VolumeId',
      ref: s.VolumeId,
      target: {
        kind: 'resource',
        id: arns.ebsVolume(scope.partition, scope.region, scope.account, s.VolumeId),
        type: 'ec2.volume',
        service: 'ebs',
        account: scope.account,
        region: scope.region,
      },
    });
  }
  return { node, edges };
}
