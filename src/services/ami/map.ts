/**
 * Pure mapping of `DescribeImages` answers to graph nodes and pending edges. No I/O.
 */
import type { Image } from '@aws-sdk/client-ec2';
import { arns } from '../../graph/arn.ts';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import { resourceNode, tagMap, type Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { Ec2ImageAttributes, Ec2ImageEbsMapping } from './types.ts';

export interface AmiScope {
  partition: string;
  account: string;
  region: string;
}

/** An image's ARN: `arn:<partition>:ec2:<region>::image/<ami-id>` (no account, as for snapshots). */
export const imageArn = (scope: AmiScope, imageId: string) => `arn:${scope.partition}:ec2:${scope.region}::image/${imageId}`;

/** The EBS mappings of an image; instance-store and suppressed (`NoDevice`) mappings are not EBS. */
export function ebsMappings(image: Image): Ec2ImageEbsMapping[] {
  return (image.BlockDeviceMappings ?? [])
    .filter((m) => m.Ebs !== undefined)
    .map((m) =>
      compact({
        deviceName: m.DeviceName ?? '',
        snapshotId: m.Ebs?.SnapshotId || undefined,
        encrypted: m.Ebs?.Encrypted,
        kmsKeyId: m.Ebs?.KmsKeyId || undefined,
      }),
    );
}

/** What the image says of its mappings: false if one is not encrypted, true if all are, else unknown. */
export function statedEncryption(mappings: readonly Ec2ImageEbsMapping[]): boolean | undefined {
  if (mappings.some((m) => m.encrypted === false)) return false;
  return mappings.every((m) => m.encrypted === true) ? true : undefined;
}

/** EBS encryption is always KMS. An image without EBS mappings holds no EBS data: `none` is not claimed, the mode stays unknown. */
function encryptionMode(mappings: readonly Ec2ImageEbsMapping[], encrypted: boolean | undefined): EncryptionMode | undefined {
  if (mappings.length === 0 || encrypted === undefined) return undefined;
  return encrypted ? 'kms' : 'none';
}

const sortedUnique = (values: readonly (string | undefined)[]) =>
  [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].sort();

export function mapImage(scope: AmiScope, image: Image): Mapped<Ec2ImageAttributes> {
  const imageId = image.ImageId ?? '';
  const id = imageArn(scope, imageId);
  const mappings = ebsMappings(image);
  const encrypted = statedEncryption(mappings);
  const snapshotIds = sortedUnique(mappings.map((m) => m.snapshotId));
  const kmsKeyIds = sortedUnique(mappings.map((m) => m.kmsKeyId));
  const attributes: Ec2ImageAttributes = compact({
    imageId,
    encryptionMode: encryptionMode(mappings, encrypted),
    state: image.State,
    public: image.Public,
    ownerId: image.OwnerId,
    creationDate: iso(image.CreationDate),
    rootDeviceType: image.RootDeviceType,
    ebsMappings: mappings,
    snapshotIds,
    encrypted,
    kmsKeyIds,
  } satisfies Ec2ImageAttributes);
  const tags = tagMap(image.Tags);
  const node = resourceNode(scope, 'ec2.image', id, image.Name || tags['Name'] || imageId, tags, attributes);
  const edges: PendingEdge[] = [
    ...kmsKeyIds.map((ref): PendingEdge => ({
      from: id,
      kind: 'encrypted-by',
      field: 'Images[].BlockDeviceMappings[].Ebs.KmsKeyId',
      ref,
      target: { kind: 'kms-key', context: { ...scope } },
    })),
    ...snapshotIds.map((ref): PendingEdge => ({
      from: id,
      kind: 'backed-by',
      field: 'Images[].BlockDeviceMappings[].Ebs.SnapshotId',
      ref,
      target: {
        kind: 'resource',
        id: arns.ebsSnapshot(scope.partition, scope.region, ref),
        type: 'ec2.snapshot',
        service: 'ebs',
        account: scope.account,
        region: scope.region,
      },
    })),
  ];
  return { node, edges };
}
