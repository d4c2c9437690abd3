/**
 * The CloudWatch Logs collector against the emulator: log groups with and without a KMS key
 * (moto lacks AssociateKmsKey, so keys are given at CreateLogGroup), paging at 50 a page,
 * and a key whose only users are log groups: disabled or pending deletion, it still protects
 * resources (CP-KMS-006/008), never "used by no scanned resource" (CP-KMS-007).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { LogsLogGroupAttributes } from '../../../src/services/logs/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const groupArn = (region: string, name: string) => `arn:aws:logs:${region}:${DEFAULT_ACCOUNT}:log-group:${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'logs', region: EU, aliases: ['alias/logs'] },
    { ref: 'retired', region: EU, state: 'Disabled' },
    { ref: 'doomed', region: US, state: 'PendingDeletion' },
  ],
  logs: [
    { name: '/app/orders', region: EU, kmsKey: '@logs', retentionInDays: 365 },
    { name: '/app/plain', region: EU },
    { name: '/app/retired', region: EU, kmsKey: '@retired' },
    { name: '/app/doomed', region: US, kmsKey: '@doomed' },
    // 60 more in us-east-1: two pages of 50.
    ...Array.from({ length: 60 }, (_, i) => ({ name: `/bulk/${String(i).padStart(2, '0')}`, region: US })),
  ],
};

describe('CloudWatch Logs collector against the emulator', () => {
  it('collects every log group of every region, with its key, encryption level and rule verdicts', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['logs', 'kms'], maxAttempts: 2 });
    const { graph, snapshot } = run;

    expect(snapshot.gaps).toEqual([]);
    expect(graph.nodesOfType('logs.log-group')).toHaveLength(64);
    // Two pages in us-east-1 (61 groups at 50 a page), one in eu-west-1.
    const pages = (region: string) =>
      snapshot.scan.apiCalls.find((c) => c.service === 'logs' && c.operation === 'DescribeLogGroups' && c.region === region)?.attempts;
    expect(pages(US)).toBe(2);
    expect(pages(EU)).toBe(1);

    const orders = graph.node(groupArn(EU, '/app/orders'))!;
    expect(orders).toMatchObject({ type: 'logs.log-group', name: '/app/orders', account: DEFAULT_ACCOUNT, region: EU });
    expect(orders.attributes).toMatchObject({
      logGroupName: '/app/orders',
      kmsKeyId: key('logs'),
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      retentionInDays: 365,
    } satisfies Partial<LogsLogGroupAttributes>);
    expect(graph.targets(orders.id, 'encrypted-by').map((n) => n.id)).toEqual([key('logs')]);

    const plain = graph.node(groupArn(EU, '/app/plain'))!;
    expect(plain.attributes).toMatchObject({
      kmsKeyId: null,
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      retentionInDays: null,
    });
    expect(graph.outgoing(plain.id)).toEqual([]);
    expect(graph.targets(groupArn(US, '/app/doomed'), 'encrypted-by').map((n) => n.id)).toEqual([key('doomed')]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(status('CP-LOGS-001', orders.id)).toBe('pass');
    expect(status('CP-LOGS-001', plain.id)).toBe('fail');
    expect(status('CP-LOGS-002', orders.id)).toBe('pass');
    expect(status('CP-LOGS-002', plain.id)).toBe('not_applicable');
    expect(status('CP-LOGS-002', groupArn(EU, '/app/retired'))).toBe('fail');
    expect(status('CP-LOGS-002', groupArn(US, '/app/doomed'))).toBe('fail');
    // Keys whose only users are log groups are "in use".
    expect(status('CP-KMS-008', key('retired'))).toBe('fail');
    expect(status('CP-KMS-006', key('doomed'))).toBe('fail');
    expect(status('CP-KMS-007', key('doomed'))).toBe('pass');
  });
});
