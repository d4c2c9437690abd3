import { CreateTableCommand, DynamoDBClient, type SSESpecification } from '@aws-sdk/client-dynamodb';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { DynamoDbTableDefinition } from './types.ts';

/** The encryption request for a table's `key`: none for the AWS owned key, no key id for `aws/dynamodb`. */
function sseSpecification(key: string | undefined): SSESpecification | undefined {
  if (key === undefined || key === 'aws-owned') return undefined;
  if (key === 'aws-managed') return { Enabled: true, SSEType: 'KMS' };
  return { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key };
}

export async function seedDynamoDb(clients: ClientFactory, seeded: SeededAccount, tables: DynamoDbTableDefinition[]): Promise<void> {
  for (const t of tables) {
    const vars = { account: seeded.account, region: t.region, keys: seeded.keys };
    const sse = sseSpecification(fillPlaceholders(t.key, vars));
    await clients.get('dynamodb', DynamoDBClient, seeded.account, t.region).send(
      new CreateTableCommand({
        TableName: t.name,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        ...(sse === undefined ? {} : { SSESpecification: sse }),
      }),
    );
  }
}
