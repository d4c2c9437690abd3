/**
 * AWS Backup, per region: one paged `ListBackupVaults` at 1,000 vaults a page gives every
 * vault's key; there is no detail phase.
 */
import { BackupClient, ListBackupVaultsCommand } from '@aws-sdk/client-backup';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, date, listing, num, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, backup } from './index.ts';
import { mapVault, type BackupScope } from './map.ts';

export const backupCollector: Collector = phasedCollector({
  service: backup.name,
  scope: backup.scope,
  responses: {
    'backup:ListBackupVaults': listing(
      'BackupVaultList',
      obj(
        {
          BackupVaultName: str,
          BackupVaultArn: str,
          VaultType: str,
          VaultState: str,
          EncryptionKeyArn: str,
          Locked: bool,
          NumberOfRecoveryPoints: num,
          MinRetentionDays: num,
          MaxRetentionDays: num,
          CreationDate: date,
        },
        ['BackupVaultArn'],
      ),
      { NextToken: str },
    ),
  },
  list: listVaults,
});

async function listVaults(ctx: CollectContext): Promise<Listing> {
  const scope: BackupScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(ctx.client(BackupClient), {
    command: (token) =>
      new ListBackupVaultsCommand({ MaxResults: PAGE_SIZES.vaults, ...(token === undefined ? {} : { NextToken: token }) }),
    next: (p) => p.NextToken,
    items: (p) => p.BackupVaultList,
  });
  // A listing that failed part-way keeps the vaults of the pages it read (its gap covers the rest).
  let vaults = 0;
  for (const v of listed.value) {
    if (v.BackupVaultArn === undefined) continue;
    ctx.add(mapVault(scope, { ...v, BackupVaultArn: v.BackupVaultArn }));
    vaults++;
  }
  return { census: { service: 'backup', vaults }, details: async () => {} };
}
