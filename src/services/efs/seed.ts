import { CreateFileSystemCommand, EFSClient } from '@aws-sdk/client-efs';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { EfsFileSystemDefinition } from './types.ts';

export async function seedEfs(clients: ClientFactory, seeded: SeededAccount, fileSystems: EfsFileSystemDefinition[]): Promise<void> {
  for (const f of fileSystems) {
    const vars = { account: seeded.account, region: f.region, keys: seeded.keys };
    const key = fillPlaceholders(f.kmsKey, vars);
    const tags = Object.entries({ Name: f.name, ...fillPlaceholders(f.tags, vars) }).map(([Key, Value]) => ({ Key, Value }));
    await clients.get('elasticfilesystem', EFSClient, seeded.account, f.region).send(
      new CreateFileSystemCommand({
        CreationToken: f.name,
        Encrypted: f.encrypted ?? key !== undefined,
        ...(key === undefined ? {} : { KmsKeyId: key }),
        Tags: tags,
      }),
    );
  }
}
