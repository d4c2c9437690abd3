import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { SnsDefinition } from './types.ts';

export async function seedSns(clients: ClientFactory, seeded: SeededAccount, definition: SnsDefinition): Promise<void> {
  for (const t of definition.topics ?? []) {
    const vars = { account: seeded.account, region: t.region, keys: seeded.keys };
    const key = fillPlaceholders(t.kmsKey, vars);
    const attributes: Record<string, string> = {};
    if (t.name.endsWith('.fifo')) attributes['FifoTopic'] = 'true';
    if (key !== undefined) attributes['KmsMasterKeyId'] = key;
    const tags = Object.entries(fillPlaceholders(t.tags, vars) ?? {}).map(([Key, Value]) => ({ Key, Value }));
    await clients
      .get('sns', SNSClient, seeded.account, t.region)
      .send(new CreateTopicCommand({ Name: t.name, Attributes: attributes, ...(tags.length === 0 ? {} : { Tags: tags }) }));
  }
}
