import { BackupClient, CreateBackupVaultCommand } from '@aws-sdk/client-backup';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { VaultDefinition } from './types.ts';

export async function seedVaults(clients: ClientFactory, seeded: SeededAccount, vaults: readonly VaultDefinition[]): Promise<void> {
  for (const definition of vaults) {
    const v = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    await clients.get('backup', BackupClient, seeded.account, v.region).send(
      new CreateBackupVaultCommand({
        BackupVaultName: v.name,
        ...(v.kmsKey === undefined ? {} : { EncryptionKeyArn: v.kmsKey }),
        ...(v.tags === undefined ? {} : { BackupVaultTags: v.tags }),
      }),
    );
  }
}
