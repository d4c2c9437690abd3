/**
 * The DynamoDB collector on canned AWS answers, for what the emulator does not model:
 * global table replicas and their keys (moto ignores `ReplicaUpdates`), key ARNs as AWS
 * returns them, `ListTables` paging at the API's maximum page size, a key DynamoDB cannot
 * reach, and failures as gaps.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { CallCounter, collectAll } from '../../../src/collect/index.ts';
import { evaluateRules, type ScanInfo } from '../../../src/engine/evaluate.ts';
import { applyConfig, NO_CONFIG } from '../../../src/engine/config.ts';
import { loadRules } from '../../../src/engine/load.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { dynamodbCollector } from '../../../src/services/dynamodb/collector.ts';
import { dynamoDbEncryptionMode, mapTable } from '../../../src/services/dynamodb/map.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const tableArn = (name: string, region = REGION) => `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}`;
const keyArn = (region: string, id: string) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

function table(name: string, extra: Partial<TableDescription> = {}): TableDescription {
  return { TableName: name, TableArn: tableArn(name), TableStatus: 'ACTIVE', CreationDateTime: new Date('2024-03-01T00:00:00Z'), ...extra };
}

/** ListTables as AWS answers it (names in order, `Limit` at most 100) and DescribeTable from `tables`. */
function dynamodbAnswers(tables: TableDescription[]): CannedAnswers['dynamodb'] {
  const names = tables.map((t) => t.TableName!).sort();
  return {
    ListTables: (input: { Limit?: number; ExclusiveStartTableName?: string }) => {
      const start = input.ExclusiveStartTableName === undefined ? 0 : names.indexOf(input.ExclusiveStartTableName) + 1;
      const page = pageOf(names, Math.min(input.Limit ?? 100, 100), start === 0 ? undefined : `page-${start}`);
      return { TableNames: page.items, ...(page.next === undefined ? {} : { LastEvaluatedTableName: page.items.at(-1) }) };
    },
    DescribeTable: (input: { TableName: string }) => {
      const found = tables.find((t) => t.TableName === input.TableName);
      if (!found) throw awsError('ResourceNotFoundException', `Requested resource not found: Table: ${input.TableName} not found`, 400);
      return { Table: found };
    },
  };
}

async function collect(aws: CannedAws) {
  const counter = new CallCounter();
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['dynamodb'],
    partition: 'aws',
    clients: aws.clients(counter),
    collectors: { dynamodb: dynamodbCollector },
  });
  return { graph: buildGraph(outcome.data), counter, outcome };
}

const SCAN: ScanInfo = {
  id: 'canned',
  startedAt: '2024-06-02T00:00:00Z',
  accounts: [ACCOUNT],
  regions: [REGION],
  services: ['dynamodb'],
  complete: true,
};
const rules = applyConfig(loadRules([]), NO_CONFIG).filter((a) => a.rule.id.startsWith('CP-DDB-'));

describe('DynamoDB tables (canned AWS answers)', () => {
  it('reads 250 tables in 3 pages of at most 100 names, then describes each once', async () => {
    const tables = Array.from({ length: 250 }, (_, i) => table(`t-${String(i).padStart(3, '0')}`));
    const aws = new CannedAws({ dynamodb: dynamodbAnswers(tables) });
    const { graph } = await collect(aws);
    const listings = aws.callsOf('ListTables');
    expect(listings.map((c) => c.input)).toEqual([
      { Limit: 100 },
      { Limit: 100, ExclusiveStartTableName: 't-099' },
      { Limit: 100, ExclusiveStartTableName: 't-199' },
    ]);
    expect(aws.callsOf('DescribeTable')).toHaveLength(250);
    expect(graph.nodesOfType('dynamodb.table')).toHaveLength(250);
    expect(graph.gaps).toEqual([]);
  });

  it("follows a global table's replicas to their keys in their own regions", async () => {
    const euKey = keyArn(REGION, 'eu000000-0000-0000-0000-000000000001');
    const usKey = keyArn('us-east-1', 'us000000-0000-0000-0000-000000000001');
    const global = table('orders', {
      GlobalTableVersion: '2019.11.21',
      SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: euKey },
      Replicas: [
        { RegionName: 'us-east-1', ReplicaStatus: 'ACTIVE', KMSMasterKeyId: usKey },
        // A replica named by key id: relative to the replica's region.
        { RegionName: 'ap-south-1', ReplicaStatus: 'ACTIVE', KMSMasterKeyId: 'ap000000-0000-0000-0000-000000000001' },
        { RegionName: 'eu-north-1', ReplicaStatus: 'CREATING' },
      ],
    });
    const { graph } = await collect(new CannedAws({ dynamodb: dynamodbAnswers([global]) }));
    const node = graph.node(tableArn('orders'))!;
    expect(node.attributes).toMatchObject({
      encryptionMode: 'kms',
      kmsKeyId: euKey,
      globalTableVersion: '2019.11.21',
      replicas: [
        { region: 'ap-south-1', status: 'ACTIVE', kmsKeyId: 'ap000000-0000-0000-0000-000000000001' },
        { region: 'eu-north-1', status: 'CREATING', kmsKeyId: null },
        { region: 'us-east-1', status: 'ACTIVE', kmsKeyId: usKey },
      ],
    });
    expect(graph.targets(node.id, 'encrypted-by').map((k) => k.id)).toEqual([euKey]);
    expect(
      graph
        .targets(node.id, 'replica-encrypted-by')
        .map((k) => [k.id, k.region])
        .sort(),
    ).toEqual([
      [keyArn('ap-south-1', 'ap000000-0000-0000-0000-000000000001'), 'ap-south-1'],
      [usKey, 'us-east-1'],
    ]);
  });

  it('fails CP-DDB-002 for a replica whose key is pending deletion, and leaves an unreachable key unknown', async () => {
    const euKey = keyArn(REGION, 'eu000000-0000-0000-0000-000000000001');
    const { graph } = await collect(
      new CannedAws({
        dynamodb: dynamodbAnswers([
          table('lost', {
            TableStatus: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS',
            SSEDescription: {
              Status: 'ENABLED',
              SSEType: 'KMS',
              KMSMasterKeyArn: euKey,
              InaccessibleEncryptionDateTime: new Date('2024-06-01T00:00:00Z'),
            },
          }),
        ]),
      }),
    );
    const node = graph.node(tableArn('lost'))!;
    expect(node.attributes).toMatchObject({
      tableStatus: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS',
      inaccessibleEncryptionDateTime: '2024-06-01T00:00:00.000Z',
    });
    // KMS was not scanned: the key's health and manager are unknown, so both rules are.
    const results = evaluateRules(graph, SCAN, rules).results;
    expect(results.map((r) => [r.ruleId, r.status]).sort()).toEqual([
      ['CP-DDB-001', 'unknown'],
      ['CP-DDB-002', 'unknown'],
    ]);
  });

  it('records a failed DescribeTable as a gap naming the table, which stays with its name only and unknown rules', async () => {
    const answers = dynamodbAnswers([table('open'), table('secret')])!;
    const aws = new CannedAws({
      dynamodb: {
        ...answers,
        DescribeTable: (input: { TableName: string }, call) => {
          if (input.TableName === 'secret') throw awsError('AccessDeniedException', 'not authorized to perform: dynamodb:DescribeTable');
          return answers['DescribeTable']!(input, call);
        },
      },
    });
    const { graph } = await collect(aws);
    expect(graph.node(tableArn('secret'))!.attributes).toEqual({ tableName: 'secret' });
    expect(graph.node(tableArn('open'))!.attributes).toMatchObject({ encryptionMode: 'aws-owned', encryptionLevel: 'aws-owned' });
    expect(graph.gaps.map((g) => [g.service, g.operation, g.code, g.resource])).toEqual([
      ['dynamodb', 'DescribeTable', 'AccessDeniedException', tableArn('secret')],
    ]);
    const results = evaluateRules(graph, SCAN, rules).results;
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect([status('CP-DDB-001', tableArn('secret')), status('CP-DDB-002', tableArn('secret'))]).toEqual(['unknown', 'unknown']);
    expect(status('CP-DDB-001', tableArn('open'))).toBe('fail');
  });

  it('records a failed listing as a gap of the region, with no tables', async () => {
    const aws = new CannedAws({
      dynamodb: {
        ListTables: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: dynamodb:ListTables');
        },
      },
    });
    const { graph } = await collect(aws);
    expect(graph.nodesOfType('dynamodb.table')).toEqual([]);
    expect(graph.gaps.map((g) => [g.operation, g.code, g.region, g.resource])).toEqual([
      ['ListTables', 'AccessDeniedException', REGION, undefined],
    ]);
  });
});

describe('DynamoDB mapping', () => {
  it('reads the encryption mode from SSEDescription', () => {
    expect(dynamoDbEncryptionMode(undefined)).toBe('aws-owned');
    expect(dynamoDbEncryptionMode({ Status: 'ENABLED', SSEType: 'KMS' })).toBe('kms');
    expect(dynamoDbEncryptionMode({ Status: 'DISABLED' })).toBe('aws-owned');
    expect(dynamoDbEncryptionMode({ Status: 'ENABLED', SSEType: 'AES256' })).toBe('aws-owned');
    expect(dynamoDbEncryptionMode({ Status: 'UPDATING' })).toBeUndefined();
  });

  it('keeps a KMS table whose key DynamoDB does not name without a key, and unknown', () => {
    const { node, edges } = mapTable(scope, table('t', { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' } }));
    expect(node.attributes).toMatchObject({ encryptionMode: 'kms', sseType: 'KMS' });
    expect(node.attributes).not.toHaveProperty('kmsKeyId');
    expect(edges).toEqual([]);
  });

  it('builds the ARN when the answer names none, and ignores its own region among the replicas', () => {
    const { node, edges } = mapTable(scope, {
      TableName: 'no-arn',
      SSEDescription: { SSEType: 'KMS', Status: 'ENABLED', KMSMasterKeyArn: 'alias/aws/dynamodb' },
      Replicas: [{ RegionName: REGION, KMSMasterKeyId: 'alias/aws/dynamodb' }],
    });
    expect(node.id).toBe(tableArn('no-arn'));
    expect(node.attributes.replicas).toEqual([]);
    expect(edges.map((e) => [e.kind, e.ref, e.field])).toEqual([
      ['encrypted-by', 'alias/aws/dynamodb', 'Table.SSEDescription.KMSMasterKeyArn'],
    ]);
  });
});
