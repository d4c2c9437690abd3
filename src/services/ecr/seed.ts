import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { RepositoryDefinition } from './types.ts';

/** Creates each repository with its encryption configuration (fixed at creation in ECR). */
export async function seedRepositories(
  clients: ClientFactory,
  seeded: SeededAccount,
  repositories: readonly RepositoryDefinition[],
): Promise<void> {
  for (const definition of repositories) {
    const r = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    const encryptionType = r.encryptionType ?? (r.kmsKey === undefined ? 'AES256' : 'KMS');
    const tags = Object.entries(r.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    await clients.get('ecr', ECRClient, seeded.account, r.region).send(
      new CreateRepositoryCommand({
        repositoryName: r.name,
        encryptionConfiguration: { encryptionType, ...(r.kmsKey === undefined ? {} : { kmsKey: r.kmsKey }) },
        ...(tags.length > 0 ? { tags } : {}),
      }),
    );
  }
}
