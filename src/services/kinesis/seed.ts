import { CreateStreamCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { KinesisStreamDefinition } from './types.ts';

export async function seedKinesis(clients: ClientFactory, seeded: SeededAccount, streams: KinesisStreamDefinition[]): Promise<void> {
  for (const s of streams) {
    const vars = { account: seeded.account, region: s.region, keys: seeded.keys };
    const key = fillPlaceholders(s.kmsKey, vars);
    const client = clients.get('kinesis', KinesisClient, seeded.account, s.region);
    await client.send(new CreateStreamCommand({ StreamName: s.name, ShardCount: s.shardCount ?? 1 }));
    if (key !== undefined) await client.send(new StartStreamEncryptionCommand({ StreamName: s.name, EncryptionType: 'KMS', KeyId: key }));
  }
}
