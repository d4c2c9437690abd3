import {
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DisableEbsEncryptionByDefaultCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifyEbsDefaultKmsKeyIdCommand,
  ModifySnapshotAttributeCommand,
  type TagSpecification,
  type VolumeType,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { arns, partitionOfRegion } from '../../graph/arn.ts';
import { ConfigError } from '../../errors.ts';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { EbsDefinition } from './types.ts';

function tagSpecification(resourceType: 'volume' | 'snapshot', tags: Record<string, string> | undefined): TagSpecification[] {
  const list = Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  return list.length === 0 ? [] : [{ ResourceType: resourceType, Tags: list }];
}

export async function seedEbs(clients: ClientFactory, seeded: SeededAccount, definition: EbsDefinition): Promise<void> {
  const volumes = new Map<string, { id: string; region: string }>();
  seeded.ebs = { volumes: new Map(), snapshots: new Map() };

  for (const d of definition.defaults ?? []) {
    const ec2 = clients.get('ec2', EC2Client, seeded.account, d.region);
    const key = fillPlaceholders(d.defaultKey, { account: seeded.account, region: d.region, keys: seeded.keys });
    if (key !== undefined) await ec2.send(new ModifyEbsDefaultKmsKeyIdCommand({ KmsKeyId: key }));
    await ec2.send(d.encryptionByDefault ? new EnableEbsEncryptionByDefaultCommand({}) : new DisableEbsEncryptionByDefaultCommand({}));
  }

  for (const v of definition.volumes ?? []) {
    const vars = { account: seeded.account, region: v.region, keys: seeded.keys };
    const key = fillPlaceholders(v.kmsKey, vars);
    const created = await clients.get('ec2', EC2Client, seeded.account, v.region).send(
      new CreateVolumeCommand({
        AvailabilityZone: v.availabilityZone ?? `${v.region}a`,
        Size: v.sizeGiB ?? 8,
        VolumeType: (v.volumeType ?? 'gp3') as VolumeType,
        Encrypted: v.encrypted ?? key !== undefined,
        ...(key === undefined ? {} : { KmsKeyId: key }),
        TagSpecifications: tagSpecification('volume', fillPlaceholders(v.tags, vars)),
      }),
    );
    const id = created.VolumeId as string;
    volumes.set(v.ref, { id, region: v.region });
    seeded.ebs.volumes.set(v.ref, arns.ebsVolume(partitionOfRegion(v.region), v.region, seeded.account, id));
  }

  for (const [index, s] of (definition.snapshots ?? []).entries()) {
    const volume = volumes.get(s.volume);
    if (!volume) {
      throw new ConfigError('the account definition', [
        { pointer: `/ebs/snapshots/${index}/volume`, message: `names no volume declared in /ebs/volumes: ${JSON.stringify(s.volume)}` },
      ]);
    }
    const ec2 = clients.get('ec2', EC2Client, seeded.account, volume.region);
    const created = await ec2.send(
      new CreateSnapshotCommand({
        VolumeId: volume.id,
        ...(s.description === undefined ? {} : { Description: s.description }),
        TagSpecifications: tagSpecification('snapshot', fillPlaceholders(s.tags, { account: seeded.account, region: volume.region })),
      }),
    );
    const id = created.SnapshotId as string;
    const sharedWith = fillPlaceholders(s.sharedWith ?? [], { account: seeded.account });
    if (s.public || sharedWith.length > 0) {
      await ec2.send(
        new ModifySnapshotAttributeCommand({
          SnapshotId: id,
          Attribute: 'createVolumePermission',
          OperationType: 'add',
          ...(s.public ? { GroupNames: ['all'] } : {}),
          ...(sharedWith.length > 0 ? { UserIds: sharedWith } : {}),
        }),
      );
    }
    seeded.ebs.snapshots.set(s.ref, arns.ebsSnapshot(partitionOfRegion(volume.region), volume.region, id));
  }
}
