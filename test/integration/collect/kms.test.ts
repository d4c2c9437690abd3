import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import type { KmsAliasAttributes, KmsKeyAttributes } from '../../../src/services/kms/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const OTHER_ACCOUNT = '210987654321';

const definition: AccountDefinition = {
  kms: [
    {
      ref: 'app',
      region: 'eu-west-1',
      description: 'application data',
      aliases: ['alias/app-data', 'alias/app-data-legacy'],
      rotation: { periodInDays: 180 },
      tags: { team: 'payments' },
      grants: [
        { grantee: `arn:aws:iam::${OTHER_ACCOUNT}:role/reader`, operations: ['Decrypt'], name: 'partner' },
        {
          grantee: 'arn:aws:iam::{{account}}:role/app',
          operations: ['Encrypt', 'Decrypt'],
          retiring: 'arn:aws:iam::{{account}}:role/admin',
        },
      ],
    },
    { ref: 'stale', region: 'eu-west-1', aliases: ['alias/stale'], state: 'Disabled' },
    { ref: 'doomed', region: 'us-east-1', state: 'PendingDeletion' },
    { ref: 'signing', region: 'us-east-1', keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' },
    { ref: 'hmac', region: 'us-east-1', keySpec: 'HMAC_256' },
    { ref: 'imported', region: 'us-east-1', origin: 'EXTERNAL' },
    { ref: 'global', region: 'us-east-1', multiRegion: true, replicaRegions: ['eu-west-1'], rotation: true },
  ],
};

describe('KMS collector against the emulator', () => {
  it('collects every key of every region with metadata, policy, rotation, tags, grants and aliases', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['kms'],
    });

    const keys = graph.nodesOfType('kms.key');
    expect(keys.map((k) => k.id).sort()).toEqual([...seeded.keys.values()].sort());

    const app = graph.node(seeded.keys.get('app')!)!;
    const a = app.attributes as KmsKeyAttributes;
    expect(app.region).toBe('eu-west-1');
    expect(app.account).toBe('123456789012');
    expect(app.tags).toEqual({ team: 'payments' });
    expect(app.name).toBe('alias/app-data');
    expect(a).toMatchObject({
      description: 'application data',
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      keyState: 'Enabled',
      enabled: true,
      health: 'enabled',
      rotationEnabled: true,
      aliases: ['alias/app-data', 'alias/app-data-legacy'],
    });
    expect(a.rotationSkippedReason).toBeNull();
    expect((a.policy as { Statement: unknown[] }).Statement.length).toBeGreaterThan(0);
    expect(a.grants?.map((g) => g.granteePrincipal).sort()).toEqual([
      'arn:aws:iam::123456789012:role/app',
      `arn:aws:iam::${OTHER_ACCOUNT}:role/reader`,
    ]);
    expect(a.grants?.find((g) => g.name === 'partner')?.operations).toEqual(['Decrypt']);
    expect(a.externalGrantees).toEqual([`arn:aws:iam::${OTHER_ACCOUNT}:role/reader`]);

    expect((graph.node(seeded.keys.get('stale')!)!.attributes as KmsKeyAttributes).health).toBe('disabled');
    const doomed = graph.node(seeded.keys.get('doomed')!)!.attributes as KmsKeyAttributes;
    expect(doomed).toMatchObject({ health: 'pending-deletion', rotationSkippedReason: 'key-state' });
    expect(doomed.deletionDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((graph.node(seeded.keys.get('signing')!)!.attributes as KmsKeyAttributes).rotationSkippedReason).toBe('asymmetric');
    expect((graph.node(seeded.keys.get('hmac')!)!.attributes as KmsKeyAttributes).rotationSkippedReason).toBe('hmac');
    // moto reports a key created for imported material as Enabled (AWS: PendingImport); the
    // state mapping is covered by the unit tests.
    expect(graph.node(seeded.keys.get('imported')!)!.attributes as KmsKeyAttributes).toMatchObject({
      origin: 'EXTERNAL',
      rotationSkippedReason: 'imported-material',
    });

    // Rotation is not asked for keys that cannot rotate: one call per rotatable key.
    const rotationCalls = snapshot.scan.apiCalls.filter((c) => c.operation === 'GetKeyRotationStatus').reduce((n, c) => n + c.attempts, 0);
    expect(rotationCalls).toBe(4); // app, stale, global, its replica

    // Aliases are nodes with an edge to their key.
    const alias = graph.node('arn:aws:kms:eu-west-1:123456789012:alias/app-data')!;
    expect(alias.attributes as KmsAliasAttributes).toMatchObject({ aliasName: 'alias/app-data', awsManaged: false });
    expect(graph.targets(alias.id, 'alias-of').map((n) => n.id)).toEqual([app.id]);

    // A multi-region replica points at its primary.
    const replica = graph.node(seeded.keys.get('global@eu-west-1')!)!;
    expect((replica.attributes as KmsKeyAttributes).multiRegionKeyType).toBe('REPLICA');
    expect(graph.targets(replica.id, 'replica-of').map((n) => n.id)).toEqual([seeded.keys.get('global')]);

    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.scan.complete).toBe(true);
  });

  it('scans a second account on its own', async () => {
    const other = await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      kms: [{ ref: 'k', region: 'eu-west-1', aliases: ['alias/theirs'] }],
    });
    await seedAccount(emulatorClients(), { kms: [{ ref: 'mine', region: 'eu-west-1' }] });
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1'],
      services: ['kms'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(snapshot.scan.caller?.account).toBe(OTHER_ACCOUNT);
    expect(graph.nodesOfType('kms.key').map((k) => k.id)).toEqual([other.keys.get('k')]);
    expect(graph.nodesOfType('kms.key')[0]!.account).toBe(OTHER_ACCOUNT);
  });
});
