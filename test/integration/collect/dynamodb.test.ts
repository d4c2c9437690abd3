/**
 * The DynamoDB collector against the emulator: tables with the AWS owned key, the AWS
 * managed key `aws/dynamodb`, and customer managed keys named by ARN, key id and alias, one
 * of them pending deletion. Global table replicas cannot be created in the emulator
 * (`UpdateTable ReplicaUpdates` does nothing): their keys are tested on canned answers
 * (test/unit/collect/dynamodb.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const tableArn = (region: string, name: string) => `arn:aws:dynamodb:${region}:${DEFAULT_ACCOUNT}:table/${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'orders', region: EU, aliases: ['alias/orders-table'] },
    { ref: 'retired', region: EU, state: 'PendingDeletion' },
    { ref: 'ledger', region: US },
  ],
  dynamodb: [
    { name: 'sessions', region: EU },
    { name: 'audit', region: EU, key: 'aws-managed' },
    { name: 'orders', region: EU, key: '@orders' },
    { name: 'orders-by-alias', region: EU, key: 'alias/orders-table' },
    { name: 'archive', region: EU, key: '@retired' },
    { name: 'ledger', region: US, key: '@ledger' },
  ],
};

describe('DynamoDB collector against the emulator', () => {
  it('collects every table of every region with its key, encryption level and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'dynamodb'] });
    const { graph, snapshot } = run;

    expect(graph.nodesOfType('dynamodb.table').map((n) => n.id)).toEqual(
      [
        tableArn(EU, 'archive'),
        tableArn(EU, 'audit'),
        tableArn(EU, 'orders'),
        tableArn(EU, 'orders-by-alias'),
        tableArn(EU, 'sessions'),
        tableArn(US, 'ledger'),
      ].sort(),
    );

    // The default: no SSEDescription, the AWS owned key, no key edge.
    const sessions = graph.node(tableArn(EU, 'sessions'))!;
    expect(sessions).toMatchObject({ region: EU, account: DEFAULT_ACCOUNT, name: 'sessions' });
    expect(sessions.attributes).toEqual({
      tableName: 'sessions',
      tableStatus: 'ACTIVE',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      sseType: null,
      sseStatus: null,
      kmsKeyId: null,
      globalTableVersion: null,
      replicas: [],
      billingMode: 'PAY_PER_REQUEST',
      deletionProtectionEnabled: false,
      creationDateTime: expect.any(String),
    });
    expect(graph.outgoing(sessions.id)).toEqual([]);

    // The AWS managed key: the emulator makes a key for alias/aws/dynamodb and names it. That
    // key says KeyManager CUSTOMER in the emulator (AWS says AWS), so its level is not asserted
    // here; the canned answers test the AWS form.
    const audit = graph.node(tableArn(EU, 'audit'))!;
    expect(audit.attributes).toMatchObject({ encryptionMode: 'kms', sseType: 'KMS', sseStatus: 'ENABLED' });
    const [auditKey] = graph.targets(audit.id, 'encrypted-by');
    expect(audit.attributes.kmsKeyId).toBe(auditKey!.id);
    const awsAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/dynamodb`;
    expect(graph.targets(awsAlias, 'alias-of').map((n) => n.id)).toEqual([auditKey!.id]);

    // Customer managed keys, named by ARN and by alias; the alias resolves to the key.
    expect(graph.node(tableArn(EU, 'orders'))!.attributes).toMatchObject({
      encryptionMode: 'kms',
      kmsKeyId: key('orders'),
      encryptionLevel: 'customer-managed-kms',
    });
    expect(graph.targets(tableArn(EU, 'orders'), 'encrypted-by').map((n) => n.id)).toEqual([key('orders')]);
    expect(graph.node(tableArn(EU, 'orders-by-alias'))!.attributes).toMatchObject({
      kmsKeyId: 'alias/orders-table',
      encryptionLevel: 'customer-managed-kms',
    });
    expect(graph.targets(tableArn(EU, 'orders-by-alias'), 'encrypted-by').map((n) => n.id)).toEqual([key('orders')]);
    expect(graph.targets(tableArn(US, 'ledger'), 'encrypted-by').map((n) => n.id)).toEqual([key('ledger')]);
    expect(graph.targets(tableArn(EU, 'archive'), 'encrypted-by').map((n) => n.id)).toEqual([key('retired')]);

    // One ListTables page and one DescribeTable per table, per region.
    const calls = (operation: string, region: string) =>
      snapshot.scan.apiCalls.filter((c) => c.service === 'dynamodb' && c.operation === operation && c.region === region)[0]?.attempts;
    expect([calls('ListTables', EU), calls('DescribeTable', EU), calls('ListTables', US), calls('DescribeTable', US)]).toEqual([
      1, 5, 1, 1,
    ]);
    expect(snapshot.gaps).toEqual([]);

    // The rules: the AWS owned key fails CP-DDB-001, customer managed keys pass; the key pending deletion fails
    // CP-DDB-002 and CP-KMS-006 (its only user is a table), not CP-KMS-007.
    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(['sessions', 'orders', 'orders-by-alias', 'archive'].map((t) => [t, status('CP-DDB-001', tableArn(EU, t))])).toEqual([
      ['sessions', 'fail'],
      ['orders', 'pass'],
      ['orders-by-alias', 'pass'],
      ['archive', 'pass'],
    ]);
    expect(['sessions', 'audit', 'orders', 'archive'].map((t) => [t, status('CP-DDB-002', tableArn(EU, t))])).toEqual([
      ['sessions', 'not_applicable'],
      ['audit', 'pass'],
      ['orders', 'pass'],
      ['archive', 'fail'],
    ]);
    expect(status('CP-KMS-006', key('retired'))).toBe('fail');
    expect(status('CP-KMS-007', key('retired'))).not.toBe('fail');
  });

  it("resolves a table key named by key id in the table's region when KMS is not scanned", async () => {
    const seeded = await seedAccount(emulatorClients(), { kms: [{ ref: 'k', region: US }] });
    const keyArn = seeded.keys.get('k')!;
    const keyId = keyArn.split('/').pop()!;
    await seedAccount(emulatorClients(), { dynamodb: [{ name: 'by-id', region: US, key: keyId }] });
    const { graph, snapshot } = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [US], services: ['dynamodb'] });
    const table = graph.node(tableArn(US, 'by-id'))!;
    // The emulator echoes the key id; KMS was not scanned, so the key is an external node of the table's region.
    expect(table.attributes).toMatchObject({ kmsKeyId: keyId, encryptionMode: 'kms' });
    expect(table.attributes.encryptionLevel).toBeUndefined();
    const [target] = graph.targets(table.id, 'encrypted-by');
    expect(target!.id).toBe(keyArn);
    expect((target!.attributes as unknown as ExternalAttributes).reason).toBe('not-collected');
    expect(snapshot.gaps).toEqual([]);
  });
});
