import { CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { ElastiCacheReplicationGroupDefinition } from './types.ts';

/** Writes replication groups (serverless caches cannot be made in the emulator: `CreateServerlessCache` is not implemented). */
export async function seedElastiCache(
  clients: ClientFactory,
  seeded: SeededAccount,
  groups: ElastiCacheReplicationGroupDefinition[],
): Promise<void> {
  for (const g of groups) {
    const key = fillPlaceholders(g.kmsKey, { account: seeded.account, region: g.region, keys: seeded.keys });
    await clients.get('elasticache', ElastiCacheClient, seeded.account, g.region).send(
      new CreateReplicationGroupCommand({
        ReplicationGroupId: g.name,
        ReplicationGroupDescription: g.name,
        Engine: g.engine ?? 'redis',
        CacheNodeType: 'cache.t3.micro',
        NumCacheClusters: 1,
        AtRestEncryptionEnabled: g.atRest ?? key !== undefined,
        TransitEncryptionEnabled: g.inTransit ?? false,
        ...(key === undefined ? {} : { KmsKeyId: key }),
      }),
    );
  }
}
