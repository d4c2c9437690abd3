/**
 * Secrets Manager against the emulator: secrets with the AWS managed key (no key given, or
 * `alias/aws/secretsmanager` given: moto, like AWS, then names no key), customer keys given
 * as an ARN and as an alias name (moto echoes what was given), rotation on and off, and a
 * key pending deletion whose only user is a secret. What moto cannot do (rotation schedules,
 * old rotation dates, pages of AWS's size) is in `test/unit/collect/secretsmanager.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { SecretsManagerSecretAttributes } from '../../../src/services/secretsmanager/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';

const definition: AccountDefinition = {
  kms: [
    { ref: 'secrets', region: EU, aliases: ['alias/secrets'] },
    { ref: 'doomed', region: EU, description: 'used only by a secret', state: 'PendingDeletion' },
  ],
  secretsmanager: [
    { name: 'bad-default-key', region: EU, tags: { team: 'orders' } },
    { name: 'bad-explicit-aws-key', region: EU, kmsKey: 'alias/aws/secretsmanager' },
    { name: 'good-cmk-arn', region: EU, kmsKey: '@secrets', rotateAfterDays: 30, description: 'rotates monthly' },
    { name: 'good-cmk-alias', region: EU, kmsKey: 'alias/secrets' },
    { name: 'bad-doomed-key', region: EU, kmsKey: '@doomed' },
  ],
};

describe('Secrets Manager collector against the emulator', () => {
  it('collects every secret with its key, level and rotation; a key pending deletion that only a secret uses is in use', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['kms', 'secretsmanager'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    const key = (ref: string) => seeded.keys.get(ref)!;
    const secrets = graph.nodesOfType('secretsmanager.secret');
    const byName = new Map(secrets.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual([
      'bad-default-key',
      'bad-doomed-key',
      'bad-explicit-aws-key',
      'good-cmk-alias',
      'good-cmk-arn',
    ]);
    for (const s of secrets) {
      expect(s.id).toMatch(new RegExp(`^arn:aws:secretsmanager:${EU}:${DEFAULT_ACCOUNT}:secret:${s.name}-`));
      expect(s.account).toBe(DEFAULT_ACCOUNT);
    }
    const attributes = (name: string) => byName.get(name)!.attributes as SecretsManagerSecretAttributes;
    const keysOf = (name: string) => graph.targets(byName.get(name)!.id, 'encrypted-by');

    // The AWS managed key: moto names no key (as AWS); the alias ARN in the secret's region stands for it.
    const awsManagedAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/secretsmanager`;
    for (const name of ['bad-default-key', 'bad-explicit-aws-key']) {
      expect(attributes(name)).toMatchObject({ kmsKeyId: awsManagedAlias, encryptionMode: 'kms', encryptionLevel: 'aws-managed-kms' });
      expect(keysOf(name)).toHaveLength(1);
      expect(keysOf(name)[0]!.attributes).toMatchObject({ awsManagedAlias: true });
    }
    expect(byName.get('bad-default-key')!.tags).toEqual({ team: 'orders' });
    expect(attributes('bad-default-key')).toMatchObject({
      rotationEnabled: false,
      rotationIntervalDays: null,
      lastRotatedDate: null,
      rotationDueDate: null,
      owningService: null,
    });

    // Customer keys: moto echoes the form given (AWS answers the key ARN); both resolve to the key.
    expect(attributes('good-cmk-arn')).toMatchObject({ kmsKeyId: key('secrets'), encryptionLevel: 'customer-managed-kms' });
    expect(attributes('good-cmk-alias')).toMatchObject({ kmsKeyId: 'alias/secrets', encryptionLevel: 'customer-managed-kms' });
    expect(keysOf('good-cmk-arn').map((k) => k.id)).toEqual([key('secrets')]);
    expect(keysOf('good-cmk-alias').map((k) => k.id)).toEqual([key('secrets')]);
    expect(keysOf('bad-doomed-key').map((k) => k.id)).toEqual([key('doomed')]);

    // Rotation (moto: rotated at the call, due 30 days later).
    const rotating = attributes('good-cmk-arn');
    expect(rotating).toMatchObject({ rotationEnabled: true, rotationIntervalDays: 30, rotationSchedule: null });
    expect(Date.parse(rotating.rotationDueDate!) - Date.parse(rotating.lastRotatedDate!)).toBe(30 * 86_400_000);
    expect(snapshot.gaps).toEqual([]);

    const results = evaluateSnapshot(run, prepareRules()).results;
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    const secret = (name: string) => byName.get(name)!.id;
    expect(
      ['bad-default-key', 'bad-explicit-aws-key', 'good-cmk-arn', 'good-cmk-alias'].map((n) => status('CP-SM-001', secret(n))),
    ).toEqual(['fail', 'fail', 'pass', 'pass']);
    expect(status('CP-SM-002', secret('good-cmk-arn'))).toBe('pass');
    expect(status('CP-SM-002', secret('good-cmk-alias'))).toBe('fail');
    expect(status('CP-SM-003', secret('good-cmk-arn'))).toBe('pass');
    expect(status('CP-SM-003', secret('good-cmk-alias'))).toBe('not_applicable');
    expect(status('CP-SM-004', secret('bad-doomed-key'))).toBe('fail');
    expect(status('CP-SM-004', secret('good-cmk-arn'))).toBe('pass');
    expect(status('CP-SM-004', secret('bad-default-key'))).toBe('pass');
    // The key pending deletion protects a secret only: still in use (CP-KMS-006), not unused (CP-KMS-007).
    expect(status('CP-KMS-006', key('doomed'))).toBe('fail');
    expect(status('CP-KMS-007', key('doomed'))).toBe('pass');
  });
});
