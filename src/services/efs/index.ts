/**
 * Amazon EFS, per region: file systems and the key that encrypts each (`DescribeFileSystems`
 * answers both, so there is no detail phase).
 *
 * Quotas: not documented. The Amazon EFS User Guide's quotas page ("Amazon EFS quotas",
 * limits.html) lists resource and throughput quotas only, and no request rate is published
 * for DescribeFileSystems; the pacer leaves it unpaced and the SDK's adaptive retries handle
 * throttling.
 *
 * Call model: the listing pages only (`DescribeFileSystems`, 100 a page, sequential).
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { EfsTypes } from './types.ts';

export interface EfsCensus extends Census {
  service: 'efs';
  fileSystems: number;
}

/** `DescribeFileSystems` returns at most 100 file systems per page (EFS API Reference, `MaxItems`). */
export const PAGE_SIZES = { fileSystems: 100 } as const;

export const efs = defineService<EfsTypes, EfsCensus>({
  name: 'efs',
  title: 'Amazon EFS',
  scope: 'regional',
  api: { client: 'elasticfilesystem', protocol: 'json' },
  nodeTypes: {
    'efs.file-system': { title: 'EFS file system', dataResource: true },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['efs.file-system'], to: ['kms.key'] },
  },
  actions: ['elasticfilesystem:DescribeFileSystems'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'DescribeFileSystems', calls: pages(c.fileSystems, PAGE_SIZES.fileSystems), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.fileSystems, PAGE_SIZES.fileSystems), detail: 0 }),
  collector: async () => (await import('./collector.ts')).efsCollector,
  seeder: async () => (await import('./seed.ts')).seedEfs,
});
