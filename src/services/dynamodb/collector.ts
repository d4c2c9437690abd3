/**
 * DynamoDB, per region: the listing phase pages through `ListTables` (names only); the
 * detail phase describes each table (`DescribeTable`), whose `SSEDescription` says which key
 * encrypts it and whose `Replicas` name the keys of a global table's replicas. A table
 * whose description fails is still a node, with its name only: the gap names it, and its
 * encryption is unknown.
 */
import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, date, list, obj, str } from '../../collect/responses.ts';
import { dynamodb, PAGE_SIZES } from './index.ts';
import { mapTable, tableArn, unreadTable, type DynamoDbScope } from './map.ts';

/** DescribeTable calls in flight at once per region (the control plane allows 2,500 a second). */
const DESCRIBE_CONCURRENCY = 16;

export const dynamodbCollector: Collector = phasedCollector({
  service: dynamodb.name,
  scope: dynamodb.scope,
  responses: {
    'dynamodb:ListTables': obj({ TableNames: list(str), LastEvaluatedTableName: str }, ['TableNames']),
    'dynamodb:DescribeTable': obj(
      {
        Table: obj(
          {
            TableName: str,
            TableArn: str,
            TableStatus: str,
            SSEDescription: obj({ Status: str, SSEType: str, KMSMasterKeyArn: str, InaccessibleEncryptionDateTime: date }),
            Replicas: list(obj({ RegionName: str, ReplicaStatus: str, KMSMasterKeyId: str }, ['RegionName'])),
            GlobalTableVersion: str,
            DeletionProtectionEnabled: bool,
          },
          ['TableName'],
        ),
      },
      ['Table'],
    ),
  },
  list: listTables,
});

async function listTables(ctx: CollectContext): Promise<Listing> {
  const scope: DynamoDbScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const client = ctx.client(DynamoDBClient);
  // A listing that failed part-way keeps the tables of the pages it read.
  const names = await ctx.paginate(client, {
    command: (token) =>
      new ListTablesCommand({ Limit: PAGE_SIZES.tables, ...(token === undefined ? {} : { ExclusiveStartTableName: token }) }),
    next: (page) => page.LastEvaluatedTableName,
    items: (page) => page.TableNames,
  });
  const tables = [...new Set(names.value)];
  return {
    census: { service: 'dynamodb', tables: tables.length },
    details: async () => {
      await mapConcurrent(tables, DESCRIBE_CONCURRENCY, async (name) => {
        const described = await ctx.send(client, new DescribeTableCommand({ TableName: name }), { resource: tableArn(scope, name) });
        // Without the description the table still exists: its name is all that is known.
        ctx.add(described.ok && described.value.Table ? mapTable(scope, described.value.Table) : unreadTable(scope, name));
      });
    },
  };
}
