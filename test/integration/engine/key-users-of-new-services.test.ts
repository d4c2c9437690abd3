/**
 * Issue 12's acceptance for the key rules: a key pending deletion and a disabled key whose
 * only users are resources of the services it added (a table, a secret, a queue, a function
 * and a vault; a parameter, a topic, a log group, a repository and a file system) are "in
 * use": CP-KMS-006 and CP-KMS-008 fail and count every one of them, and CP-KMS-007 ("no
 * scanned resource uses it") does not fail. One scan of every service on the emulator.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';

const definition: AccountDefinition = {
  kms: [
    { ref: 'doomed', region: EU, description: 'used only by resources of the new services', state: 'PendingDeletion' },
    { ref: 'frozen', region: EU, description: 'used only by resources of the new services', state: 'Disabled' },
  ],
  dynamodb: [{ name: 'doomed-ledger', region: EU, key: '@doomed' }],
  secretsmanager: [{ name: 'doomed-secret', region: EU, kmsKey: '@doomed' }],
  sqs: { queues: [{ name: 'doomed-queue', region: EU, kmsKey: '@doomed' }] },
  lambda: [{ name: 'doomed-function', region: EU, kmsKey: '@doomed', environment: { STAGE: 'prod' } }],
  backup: [{ name: 'doomed-vault', region: EU, kmsKey: '@doomed' }],
  ssm: [{ name: '/frozen/parameter', region: EU, kmsKey: '@frozen' }],
  sns: { topics: [{ name: 'frozen-topic', region: EU, kmsKey: '@frozen' }] },
  logs: [{ name: '/frozen/log-group', region: EU, kmsKey: '@frozen' }],
  ecr: [{ name: 'frozen-repository', region: EU, kmsKey: '@frozen' }],
  efs: [{ name: 'frozen-file-system', region: EU, kmsKey: '@frozen' }],
};

describe('keys whose only users are resources of the new services', () => {
  it('fail CP-KMS-006 / CP-KMS-008 with every user counted, and not CP-KMS-007', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    // ElastiCache is left out: the emulator does not implement DescribeServerlessCaches, and its listing gap
    // would rightly leave the key rules unknown (its own key-user test is in test/integration/collect/elasticache.test.ts).
    const services = SERVICES.filter((s) => s !== 'elasticache');
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services, maxAttempts: 2 });
    expect(run.snapshot.gaps.filter((g) => g.resource === undefined)).toEqual([]);

    const users = (ref: string) =>
      run.graph
        .sources(key(ref), 'encrypted-by')
        .map((n) => n.type)
        .sort();
    expect(users('doomed')).toEqual(['backup.vault', 'dynamodb.table', 'lambda.function', 'secretsmanager.secret', 'sqs.queue']);
    expect(users('frozen')).toEqual(['ecr.repository', 'efs.file-system', 'logs.log-group', 'sns.topic', 'ssm.parameter']);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const result = (rule: string, ref: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === key(ref));
    expect(result('CP-KMS-006', 'doomed')).toMatchObject({ status: 'fail' });
    expect(result('CP-KMS-006', 'doomed')!.message).toContain('still protects 5 resources');
    expect(result('CP-KMS-007', 'doomed')?.status).toBe('pass');
    expect(result('CP-KMS-008', 'frozen')).toMatchObject({ status: 'fail' });
    expect(result('CP-KMS-008', 'frozen')!.message).toContain('protects 5 resources');
    expect(result('CP-KMS-007', 'frozen')?.status).toBe('pass');
  });
});
