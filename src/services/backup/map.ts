/**
 * Pure mapping of `ListBackupVaults` entries to graph nodes and pending edges. No I/O.
 */
import type { BackupVaultListMember } from '@aws-sdk/client-backup';
import { arns } from '../../graph/arn.ts';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { BackupVaultAttributes } from './types.ts';

export interface BackupScope {
  partition: string;
  account: string;
  region: string;
}

/** The AWS managed key of a backup vault created without a key of its own. */
export const BACKUP_AWS_MANAGED_ALIAS = 'alias/aws/backup';

/**
 * A vault's key and how it is encrypted: the key its answer names; for a backup vault (or one
 * of no stated type) that names none, `aws/backup` by its alias ARN; for a logically air-gapped
 * vault that names none, an AWS owned key; unknown for other vault types.
 */
export function vaultEncryption(
  scope: BackupScope,
  vaultType: string | undefined,
  keyArn: string | undefined,
): { mode: EncryptionMode | undefined; keyRef: string | null | undefined } {
  if (keyArn !== undefined && keyArn !== '') return { mode: 'kms', keyRef: keyArn };
  if (vaultType === undefined || vaultType === 'BACKUP_VAULT') {
    return { mode: 'kms', keyRef: arns.kmsAlias(scope.partition, scope.region, scope.account, BACKUP_AWS_MANAGED_ALIAS) };
  }
  if (vaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT') return { mode: 'aws-owned', keyRef: null };
  return { mode: undefined, keyRef: undefined };
}

export function mapVault(scope: BackupScope, v: BackupVaultListMember & { BackupVaultArn: string }): Mapped<BackupVaultAttributes> {
  const name = v.BackupVaultName ?? v.BackupVaultArn.split(':').pop() ?? v.BackupVaultArn;
  const { mode, keyRef } = vaultEncryption(scope, v.VaultType, v.EncryptionKeyArn);
  const attributes: BackupVaultAttributes = compact({
    backupVaultName: name,
    vaultType: v.VaultType,
    vaultState: v.VaultState,
    encryptionMode: mode,
    kmsKeyId: keyRef,
    locked: v.Locked,
    numberOfRecoveryPoints: v.NumberOfRecoveryPoints,
    minRetentionDays: v.MinRetentionDays ?? null,
    maxRetentionDays: v.MaxRetentionDays ?? null,
    creationDate: iso(v.CreationDate),
  } satisfies BackupVaultAttributes);
  const node = resourceNode(scope, 'backup.vault', v.BackupVaultArn, name, {}, attributes);
  const edges: PendingEdge[] =
    typeof keyRef === 'string'
      ? [
          {
            from: v.BackupVaultArn,
            kind: 'encrypted-by',
            field: v.EncryptionKeyArn
              ? 'BackupVaultList[].EncryptionKeyArn'
              : 'BackupVaultList[].EncryptionKeyArn (absent: the AWS managed key)',
            ref: keyRef,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ]
      : [];
  return { node, edges };
}
