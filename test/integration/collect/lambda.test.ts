/**
 * The Lambda collector against the emulator: functions with environment variables under a
 * customer managed key, under the default AWS managed key aws/lambda (moto lists the alias
 * with a key that does not exist, as an account whose key Lambda has not made yet), without
 * variables or key, and under a disabled key and a key pending deletion whose only users are
 * functions: they still protect resources (CP-KMS-006/008), never "used by no scanned
 * resource" (CP-KMS-007). Only the variables' number reaches the snapshot.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { LambdaFunctionAttributes } from '../../../src/services/lambda/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const fnArn = (region: string, name: string) => `arn:aws:lambda:${region}:${DEFAULT_ACCOUNT}:function:${name}`;
const SECRET_VALUE = 'seeded-variable-value-never-kept';

const definition: AccountDefinition = {
  kms: [
    { ref: 'functions', region: EU, aliases: ['alias/functions'] },
    { ref: 'retired', region: EU, state: 'Disabled' },
    { ref: 'doomed', region: US, state: 'PendingDeletion' },
  ],
  lambda: [
    { name: 'orders', region: EU, kmsKey: '@functions', environment: { DB_PASSWORD: SECRET_VALUE, STAGE: 'prod' } },
    { name: 'defaults', region: EU, environment: { STAGE: 'prod' } },
    { name: 'plain', region: EU },
    { name: 'retired', region: EU, kmsKey: '@retired', environment: { STAGE: 'old' } },
    { name: 'doomed', region: US, kmsKey: '@doomed', environment: { STAGE: 'old' } },
  ],
};

describe('Lambda collector against the emulator', () => {
  it('collects every function of every region with its key, level and rule verdicts, and keeps no variable', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['lambda', 'kms'], maxAttempts: 2 });
    const { graph, snapshot } = run;

    expect(snapshot.gaps).toEqual([]);
    expect(JSON.stringify(snapshot)).not.toContain(SECRET_VALUE);
    expect(JSON.stringify(snapshot)).not.toContain('DB_PASSWORD');
    expect(graph.nodesOfType('lambda.function').map((n) => n.id)).toEqual(
      [...['orders', 'defaults', 'plain', 'retired'].map((n) => fnArn(EU, n)), fnArn(US, 'doomed')].sort(),
    );
    const a = (region: string, name: string) => graph.node(fnArn(region, name))!.attributes as LambdaFunctionAttributes;

    expect(graph.node(fnArn(EU, 'orders'))).toMatchObject({
      type: 'lambda.function',
      name: 'orders',
      account: DEFAULT_ACCOUNT,
      region: EU,
    });
    expect(a(EU, 'orders')).toEqual({
      functionName: 'orders',
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      kmsKeyId: key('functions'),
      environmentVariables: 2,
      environmentErrorCode: null,
      packageType: 'Zip',
      runtime: 'python3.12',
      lastModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    } satisfies LambdaFunctionAttributes);
    expect(graph.targets(fnArn(EU, 'orders'), 'encrypted-by').map((n) => n.id)).toEqual([key('functions')]);

    // No key of its own: the AWS managed key aws/lambda, through its alias.
    const awsAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/lambda`;
    expect(a(EU, 'defaults')).toMatchObject({ encryptionMode: 'kms', encryptionLevel: 'aws-managed-kms', kmsKeyId: awsAlias });
    const [defaultKey] = graph.targets(fnArn(EU, 'defaults'), 'encrypted-by');
    expect(defaultKey!.type).toBe('external');
    expect(defaultKey!.attributes as ExternalAttributes).toMatchObject({ awsManagedAlias: true, references: [awsAlias] });

    expect(a(EU, 'plain')).toMatchObject({
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      kmsKeyId: null,
      environmentVariables: 0,
    });
    expect(graph.outgoing(fnArn(EU, 'plain'))).toEqual([]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(['orders', 'defaults', 'plain', 'retired'].map((n) => [n, status('CP-LAMBDA-001', fnArn(EU, n))])).toEqual([
      ['orders', 'pass'],
      ['defaults', 'pass'],
      ['plain', 'not_applicable'],
      ['retired', 'fail'],
    ]);
    expect(status('CP-LAMBDA-001', fnArn(US, 'doomed'))).toBe('fail');
    expect(['orders', 'defaults', 'plain'].map((n) => [n, status('CP-LAMBDA-002', fnArn(EU, n))])).toEqual([
      ['orders', 'pass'],
      ['defaults', 'fail'],
      ['plain', 'not_applicable'],
    ]);
    // Keys whose only users are functions are "in use".
    expect(status('CP-KMS-008', key('retired'))).toBe('fail');
    expect(status('CP-KMS-006', key('doomed'))).toBe('fail');
    expect(status('CP-KMS-007', key('doomed'))).toBe('pass');
  });
});
