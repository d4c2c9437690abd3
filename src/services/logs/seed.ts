import { CreateLogGroupCommand, PutRetentionPolicyCommand, CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { LogGroupDefinition } from './types.ts';

/** Creates each log group with its key: the key is given at creation (emulators lack AssociateKmsKey). */
export async function seedLogGroups(clients: ClientFactory, seeded: SeededAccount, groups: readonly LogGroupDefinition[]): Promise<void> {
  for (const definition of groups) {
    const g = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    const client = clients.get('logs', CloudWatchLogsClient, seeded.account, g.region);
    await client.send(
      new CreateLogGroupCommand({
        logGroupName: g.name,
        ...(g.kmsKey === undefined ? {} : { kmsKeyId: g.kmsKey }),
        ...(g.tags === undefined ? {} : { tags: g.tags }),
      }),
    );
    if (g.retentionInDays !== undefined) {
      await client.send(new PutRetentionPolicyCommand({ logGroupName: g.name, retentionInDays: g.retentionInDays }));
    }
  }
}
