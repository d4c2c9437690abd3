/**
 * The AWS Backup collector on canned AWS answers, for what the emulator does not show: paging
 * (moto ignores `MaxResults` and never answers a `NextToken`), the key AWS names for a vault
 * created without one (moto names none), logically air-gapped vaults (an AWS owned key by
 * default; moto cannot create them), and failures as gaps.
 */
import type { BackupVaultListMember } from '@aws-sdk/client-backup';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { backupCollector } from '../../../src/services/backup/collector.ts';
import { vaultEncryption } from '../../../src/services/backup/map.ts';
import { kmsKey } from '../../support/graph-builders.ts';
import { CannedAws, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, collectDeniedListing, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const CMK_ID = 'b0c40000-1111-4222-8333-444455556666';
const AWS_BACKUP_ID = 'b0c40000-1111-4222-8333-aaaaaaaaaaaa';
const PENDING_ID = 'b0c40000-1111-4222-8333-000000000000';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const vaultArn = (name: string) => `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:${name}`;

/** A vault as AWS lists it: every backup vault names its key (aws/backup's by default). */
function vault(name: string, extra: Partial<BackupVaultListMember> = {}): BackupVaultListMember {
  return {
    BackupVaultName: name,
    BackupVaultArn: vaultArn(name),
    VaultType: 'BACKUP_VAULT',
    VaultState: 'AVAILABLE',
    CreationDate: new Date('2025-03-01T00:00:00Z'),
    EncryptionKeyArn: keyArn(AWS_BACKUP_ID),
    NumberOfRecoveryPoints: 3,
    Locked: false,
    ...extra,
  };
}

function cannedVaults(vaults: BackupVaultListMember[]) {
  return new CannedAws({
    backup: {
      ListBackupVaults: (input: { MaxResults?: number; NextToken?: string }) => {
        const page = pageOf(vaults, Math.min(input.MaxResults ?? 1000, 1000), input.NextToken);
        return { BackupVaultList: page.items, ...(page.next === undefined ? {} : { NextToken: page.next }) };
      },
    },
  });
}

const collect = (aws: CannedAws) => collectCanned(aws, backupCollector, ACCOUNT, REGION);

describe('AWS Backup collector (canned AWS answers)', () => {
  it('reads every page at 1,000 vaults a page and maps each key', async () => {
    const vaults = Array.from({ length: 1100 }, (_, i) => vault(`vault-${String(i).padStart(4, '0')}`));
    vaults[1] = vault('vault-0001', { EncryptionKeyArn: keyArn(CMK_ID), Locked: true, MinRetentionDays: 7, MaxRetentionDays: 365 });
    vaults[2] = vault('vault-0002', { VaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', EncryptionKeyArn: undefined, Locked: true });
    vaults[3] = vault('vault-0003', { EncryptionKeyArn: keyArn(PENDING_ID) });
    const aws = cannedVaults(vaults);
    const data = await collect(aws);

    expect(aws.callsOf('ListBackupVaults').map((c) => c.input)).toEqual([
      { MaxResults: 1000 },
      { MaxResults: 1000, NextToken: 'page-1000' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(1100);
    const keys = [kmsKey(CMK_ID), kmsKey(AWS_BACKUP_ID, { keyManager: 'AWS' }), kmsKey(PENDING_ID, { keyState: 'PendingDeletion' })];
    const graph = buildGraph({ ...data, nodes: [...data.nodes, ...keys], scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(vaultArn('vault-0001'))).toEqual({
      id: vaultArn('vault-0001'),
      type: 'backup.vault',
      account: ACCOUNT,
      region: REGION,
      name: 'vault-0001',
      tags: {},
      attributes: {
        backupVaultName: 'vault-0001',
        vaultType: 'BACKUP_VAULT',
        vaultState: 'AVAILABLE',
        encryptionMode: 'kms',
        encryptionLevel: 'customer-managed-kms',
        kmsKeyId: keyArn(CMK_ID),
        locked: true,
        numberOfRecoveryPoints: 3,
        minRetentionDays: 7,
        maxRetentionDays: 365,
        creationDate: '2025-03-01T00:00:00.000Z',
      },
    });
    expect(graph.targets(vaultArn('vault-0001'), 'encrypted-by').map((n) => n.id)).toEqual([keyArn(CMK_ID)]);
    expect(graph.node(vaultArn('vault-0000'))!.attributes).toMatchObject({
      kmsKeyId: keyArn(AWS_BACKUP_ID),
      encryptionLevel: 'aws-managed-kms',
      minRetentionDays: null,
      maxRetentionDays: null,
    });
    expect(graph.node(vaultArn('vault-0002'))!.attributes).toMatchObject({
      vaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      kmsKeyId: null,
    });
    expect(graph.outgoing(vaultArn('vault-0002'))).toEqual([]);

    const evaluation = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, REGION) } }, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    const names = ['vault-0000', 'vault-0001', 'vault-0002', 'vault-0003'];
    expect(names.map((n) => status('CP-BACKUP-001', vaultArn(n)))).toEqual(['pass', 'pass', 'not_applicable', 'fail']);
    expect(names.map((n) => status('CP-BACKUP-002', vaultArn(n)))).toEqual(['fail', 'pass', 'fail', 'pass']);
    // The key pending deletion protects a vault: CP-KMS-006, not CP-KMS-007.
    expect([status('CP-KMS-006', keyArn(PENDING_ID)), status('CP-KMS-007', keyArn(PENDING_ID))]).toEqual(['fail', 'pass']);
  });

  it.each([
    ['BACKUP_VAULT', undefined, { mode: 'kms', keyRef: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/backup` }],
    [undefined, undefined, { mode: 'kms', keyRef: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/backup` }],
    ['LOGICALLY_AIR_GAPPED_BACKUP_VAULT', undefined, { mode: 'aws-owned', keyRef: null }],
    ['LOGICALLY_AIR_GAPPED_BACKUP_VAULT', keyArn(CMK_ID), { mode: 'kms', keyRef: keyArn(CMK_ID) }],
    ['RESTORE_ACCESS_BACKUP_VAULT', undefined, { mode: undefined, keyRef: undefined }],
  ])('a %s vault naming key %s: %j', (type, key, expected) => {
    expect(vaultEncryption(scope, type, key)).toEqual(expected);
  });

  it('a denied listing is a gap and leaves no vault', async () => {
    await collectDeniedListing(backupCollector, 'backup', 'ListBackupVaults', ACCOUNT, REGION);
  });
});
