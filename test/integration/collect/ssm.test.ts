/**
 * SSM Parameter Store against the emulator: SecureString parameters with the AWS managed key
 * `aws/ssm` (the default), customer keys given as an ARN, a key id and an alias name (moto
 * echoes the form given, as AWS does), a disabled key whose only user is a parameter, and
 * String look-alikes that are not collected. moto answers DescribeParameters in pages of 10
 * whatever `MaxResults` says (AWS: up to 50), which gives the listing several pages here;
 * AWS's page size is tested in `test/unit/collect/ssm.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { SsmParameterAttributes } from '../../../src/services/ssm/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const arn = (name: string) => `arn:aws:ssm:${EU}:${DEFAULT_ACCOUNT}:parameter/${name.replace(/^\//, '')}`;
/** Enough SecureStrings for three of moto's pages. */
const FILLER = Array.from({ length: 16 }, (_, i) => `/app/filler/p${String(i).padStart(2, '0')}`);

const definition: AccountDefinition = {
  kms: [
    { ref: 'params', region: EU, aliases: ['alias/params'] },
    { ref: 'off', region: EU, description: 'used only by a parameter', state: 'Disabled' },
  ],
  ssm: [
    { name: '/app/bad/default-key', region: EU, description: 'the AWS managed key' },
    { name: '/app/good/key-arn', region: EU, kmsKey: '@params', tier: 'Advanced' },
    { name: '/app/good/alias', region: EU, kmsKey: 'alias/params' },
    { name: 'flat-name', region: EU, kmsKey: '@params' },
    { name: '/app/bad/disabled-key', region: EU, kmsKey: '@off' },
    { name: '/app/plain', region: EU, type: 'String' },
    { name: '/app/list', region: EU, type: 'StringList' },
    ...FILLER.map((name) => ({ name, region: EU, kmsKey: '@params' })),
  ],
};

describe('SSM Parameter Store collector against the emulator', () => {
  it('collects every SecureString parameter with its key and level, and only those', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    // The key id form: the bare id of the customer key.
    const keyId = seeded.keys.get('params')!.split('/').pop()!;
    await seedAccount(emulatorClients(), { ssm: [{ name: '/app/good/key-id', region: EU, kmsKey: keyId }] });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['kms', 'ssm'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    const key = (ref: string) => seeded.keys.get(ref)!;

    const named = [
      '/app/bad/default-key',
      '/app/bad/disabled-key',
      '/app/good/alias',
      '/app/good/key-arn',
      '/app/good/key-id',
      'flat-name',
    ];
    expect(
      graph
        .nodesOfType('ssm.parameter')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...named, ...FILLER].map(arn).sort());
    const attributes = (name: string) => graph.node(arn(name))!.attributes as SsmParameterAttributes;
    const keysOf = (name: string) => graph.targets(arn(name), 'encrypted-by');

    expect(attributes('/app/bad/default-key')).toMatchObject({
      name: '/app/bad/default-key',
      type: 'SecureString',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
      kmsKeyId: 'alias/aws/ssm',
      tier: 'Standard',
      version: 1,
      description: 'the AWS managed key',
    });
    expect(keysOf('/app/bad/default-key')[0]!.attributes).toMatchObject({ awsManagedAlias: true });
    expect(attributes('/app/good/key-arn')).toMatchObject({
      kmsKeyId: key('params'),
      tier: 'Advanced',
      encryptionLevel: 'customer-managed-kms',
    });
    expect(attributes('/app/good/alias')).toMatchObject({ kmsKeyId: 'alias/params', encryptionLevel: 'customer-managed-kms' });
    expect(attributes('/app/good/key-id')).toMatchObject({ kmsKeyId: keyId, encryptionLevel: 'customer-managed-kms' });
    for (const name of ['/app/good/key-arn', '/app/good/alias', '/app/good/key-id', 'flat-name']) {
      expect(keysOf(name).map((k) => k.id)).toEqual([key('params')]);
    }
    expect(keysOf('/app/bad/disabled-key').map((k) => k.id)).toEqual([key('off')]);
    expect(snapshot.gaps).toEqual([]);
    // 23 SecureStrings in moto's pages of 10.
    const pages = snapshot.scan.apiCalls.filter((c) => c.service === 'ssm' && c.operation === 'DescribeParameters');
    expect(pages.reduce((n, c) => n + c.attempts, 0)).toBe(3);

    const results = evaluateSnapshot(run, prepareRules()).results;
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(status('CP-SSM-001', arn('/app/bad/default-key'))).toBe('fail');
    expect(status('CP-SSM-001', arn('/app/good/alias'))).toBe('pass');
    expect(status('CP-SSM-002', arn('/app/bad/disabled-key'))).toBe('fail');
    expect(status('CP-SSM-002', arn('/app/good/key-arn'))).toBe('pass');
    expect(status('CP-SSM-002', arn('/app/bad/default-key'))).toBe('pass');
    // The disabled key protects a parameter only: still in use (CP-KMS-008); not pending deletion (CP-KMS-007 passes).
    expect(status('CP-KMS-008', key('off'))).toBe('fail');
    expect(status('CP-KMS-007', key('off'))).toBe('pass');
  });
});
