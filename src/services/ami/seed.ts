import { EC2Client, ModifyImageAttributeCommand, RegisterImageCommand } from '@aws-sdk/client-ec2';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { ImageDefinition } from './types.ts';

/**
 * Registers each image with one EBS root mapping (the emulator ignores the mapping and backs
 * every image with a new unencrypted snapshot of its own), then sets its launch permissions.
 */
export async function seedImages(clients: ClientFactory, seeded: SeededAccount, images: readonly ImageDefinition[]): Promise<void> {
  for (const definition of images) {
    const d = fillPlaceholders(definition, { account: seeded.account, region: definition.region });
    const ec2 = clients.get('ec2', EC2Client, seeded.account, d.region);
    const registered = await ec2.send(
      new RegisterImageCommand({
        Name: d.name,
        ...(d.description === undefined ? {} : { Description: d.description }),
        RootDeviceName: '/dev/xvda',
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8 } }],
        VirtualizationType: 'hvm',
        Architecture: 'x86_64',
      }),
    );
    const add = [...(d.public ? [{ Group: 'all' as const }] : []), ...(d.sharedWith ?? []).map((UserId) => ({ UserId }))];
    if (add.length > 0) {
      await ec2.send(new ModifyImageAttributeCommand({ ImageId: registered.ImageId as string, LaunchPermission: { Add: add } }));
    }
  }
}
