/**
 * AWS Backup, per region: every backup vault and its key from `ListBackupVaults` alone (no
 * per-vault call; the vaults' recovery points are not listed).
 *
 * Quotas: not documented for ListBackupVaults. The AWS Backup Developer Guide, "AWS Backup
 * quotas" (aws-backup-limits), gives resource quotas only (300 vaults per account and Region,
 * so one page of 1,000 holds them all); no request rate for the API was found. The call is not
 * paced, and a throttled page is retried by the SDK's adaptive mode.
 *
 * Call model: the listing only (at least one page of 1,000); no detail phase.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { BackupTypes } from './types.ts';

export interface BackupCensus extends Census {
  service: 'backup';
  vaults: number;
}

/** `ListBackupVaults` returns at most 1,000 vaults a page (AWS Backup API Reference, `MaxResults`, 1 to 1000). */
export const PAGE_SIZES = { vaults: 1000 } as const;

export const backup = defineService<BackupTypes, BackupCensus>({
  name: 'backup',
  title: 'AWS Backup',
  scope: 'regional',
  api: { client: 'backup', protocol: 'json' },
  nodeTypes: {
    'backup.vault': { title: 'AWS Backup vault', dataResource: true, asffType: 'AwsBackupBackupVault' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['backup.vault'], to: ['kms.key'] },
  },
  actions: ['backup:ListBackupVaults'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'ListBackupVaults', calls: pages(c.vaults, PAGE_SIZES.vaults), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.vaults, PAGE_SIZES.vaults), detail: 0 }),
  collector: async () => (await import('./collector.ts')).backupCollector,
  seeder: async () => (await import('./seed.ts')).seedVaults,
});
