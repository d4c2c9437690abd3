/**
 * What AWS Backup adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface BackupTypes {
  name: 'backup';
  nodes: { 'backup.vault': BackupVaultAttributes };
  edges: { 'encrypted-by': true };
  seed: VaultDefinition[];
}

/**
 * An AWS Backup vault (`backup.vault`, id: its ARN). Its key encrypts the backups of the
 * services under full AWS Backup management (the others keep their source's encryption).
 * A backup vault always has a KMS key (`aws/backup` by default); a logically air-gapped vault
 * without one uses an AWS owned key (`encryptionMode` `aws-owned`).
 */
export type BackupVaultAttributes = DataResourceAttributes & {
  backupVaultName: string;
  /** `BACKUP_VAULT`, `LOGICALLY_AIR_GAPPED_BACKUP_VAULT`, ...; absent when the answer does not say (moto). */
  vaultType?: string;
  vaultState?: string;
  /**
   * The key as `ListBackupVaults` named it (`EncryptionKeyArn`, a key ARN); for a backup vault
   * whose answer names none (AWS always names one; moto leaves it out for the default), the
   * alias ARN of `aws/backup` in its region; null for a logically air-gapped vault without one
   * (an AWS owned key); absent when it cannot be told.
   */
  kmsKeyId?: string | null;
  /** Vault Lock applies. */
  locked?: boolean;
  numberOfRecoveryPoints?: number;
  /** Vault Lock's retention bounds; null when not set. */
  minRetentionDays?: number | null;
  maxRetentionDays?: number | null;
  creationDate?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface VaultDefinition {
  name: string;
  region: string;
  /** The key (`@ref`, or a key ARN); default the AWS managed key `aws/backup`. */
  kmsKey?: string;
  tags?: Record<string, string>;
}
