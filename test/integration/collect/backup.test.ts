/**
 * The AWS Backup collector against the emulator: vaults with a customer managed key, without
 * a key (moto then names none, where AWS names its aws/backup key: recorded as that alias, the
 * documented default), and under a disabled key and a key pending deletion whose only users
 * are vaults: they still protect resources (CP-KMS-006/008), never "used by no scanned
 * resource" (CP-KMS-007).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { BackupVaultAttributes } from '../../../src/services/backup/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const vaultArn = (region: string, name: string) => `arn:aws:backup:${region}:${DEFAULT_ACCOUNT}:backup-vault:${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'backups', region: EU, aliases: ['alias/backups'] },
    { ref: 'retired', region: EU, state: 'Disabled' },
    { ref: 'doomed', region: US, state: 'PendingDeletion' },
  ],
  backup: [
    { name: 'nightly', region: EU, kmsKey: '@backups' },
    { name: 'default', region: EU },
    { name: 'retired', region: EU, kmsKey: '@retired' },
    { name: 'doomed', region: US, kmsKey: '@doomed' },
  ],
};

describe('AWS Backup collector against the emulator', () => {
  it('collects every vault of every region with its key, level and rule verdicts', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['backup', 'kms'], maxAttempts: 2 });
    const { graph, snapshot } = run;

    expect(snapshot.gaps).toEqual([]);
    expect(graph.nodesOfType('backup.vault').map((n) => n.id)).toEqual(
      [...['nightly', 'default', 'retired'].map((n) => vaultArn(EU, n)), vaultArn(US, 'doomed')].sort(),
    );
    const a = (region: string, name: string) => graph.node(vaultArn(region, name))!.attributes as BackupVaultAttributes;
    expect(graph.node(vaultArn(EU, 'nightly'))).toMatchObject({
      type: 'backup.vault',
      name: 'nightly',
      account: DEFAULT_ACCOUNT,
      region: EU,
    });
    expect(a(EU, 'nightly')).toMatchObject({
      backupVaultName: 'nightly',
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      kmsKeyId: key('backups'),
      locked: false,
      numberOfRecoveryPoints: 0,
    } satisfies Partial<BackupVaultAttributes>);
    expect(graph.targets(vaultArn(EU, 'nightly'), 'encrypted-by').map((n) => n.id)).toEqual([key('backups')]);

    // No key named: the emulator names none; the vault records aws/backup by its alias ARN.
    const awsAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/backup`;
    expect(a(EU, 'default')).toMatchObject({ encryptionMode: 'kms', encryptionLevel: 'aws-managed-kms', kmsKeyId: awsAlias });
    const [defaultKey] = graph.targets(vaultArn(EU, 'default'), 'encrypted-by');
    expect(defaultKey).toMatchObject({ id: awsAlias, type: 'external' });
    expect(defaultKey!.attributes as ExternalAttributes).toMatchObject({ awsManagedAlias: true, reason: 'not-found' });

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(['nightly', 'default', 'retired'].map((n) => [n, status('CP-BACKUP-001', vaultArn(EU, n))])).toEqual([
      ['nightly', 'pass'],
      ['default', 'pass'],
      ['retired', 'fail'],
    ]);
    expect(status('CP-BACKUP-001', vaultArn(US, 'doomed'))).toBe('fail');
    expect(['nightly', 'default'].map((n) => status('CP-BACKUP-002', vaultArn(EU, n)))).toEqual(['pass', 'fail']);
    // Keys whose only users are vaults are "in use".
    expect(status('CP-KMS-008', key('retired'))).toBe('fail');
    expect(status('CP-KMS-006', key('doomed'))).toBe('fail');
    expect(status('CP-KMS-007', key('doomed'))).toBe('pass');
  });
});
