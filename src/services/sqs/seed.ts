import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { SqsDefinition } from './types.ts';

export async function seedSqs(clients: ClientFactory, seeded: SeededAccount, definition: SqsDefinition): Promise<void> {
  for (const q of definition.queues ?? []) {
    const vars = { account: seeded.account, region: q.region, keys: seeded.keys };
    const key = fillPlaceholders(q.kmsKey, vars);
    const attributes: Record<string, string> = {};
    if (q.name.endsWith('.fifo')) attributes['FifoQueue'] = 'true';
    if (key !== undefined) attributes['KmsMasterKeyId'] = key;
    else attributes['SqsManagedSseEnabled'] = String(q.sqsManagedSse ?? true);
    const tags = fillPlaceholders(q.tags, vars);
    await clients
      .get('sqs', SQSClient, seeded.account, q.region)
      .send(new CreateQueueCommand({ QueueName: q.name, Attributes: attributes, ...(tags === undefined ? {} : { tags }) }));
  }
}
