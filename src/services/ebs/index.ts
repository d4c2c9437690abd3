/**
 * Amazon EBS, per region: the account's encryption-by-default settings, volumes, the
 * account's snapshots, and which of them are public (DescribeSnapshotAttribute for each
 * snapshot listed with `RestorableByUserIds=all`).
 *
 * Quotas: Amazon EC2 Developer Guide, "Request throttling for the Amazon EC2 API"
 * (ec2-api-throttling): each API has its own bucket; non-mutating actions hold 100 tokens
 * and refill 20 per second. DescribeVolumes and DescribeSnapshots fall into the smaller
 * "unfiltered and unpaginated" bucket (50, 10/s) only without pagination or a filter; the
 * collector always paginates (MaxResults), so the larger bucket applies.
 *
 * Call model: 3 settings calls, and the public-candidate listing always costs at least one page.
 */
import type { Quota } from '../../collect/pacing.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { EbsTypes } from './types.ts';

export interface EbsCensus extends Census {
  service: 'ebs';
  volumes: number;
  snapshots: number;
  /** Snapshots listed with RestorableByUserIds=all (a DescribeSnapshotAttribute call each). */
  publicCandidates: number;
}

/** `DescribeVolumes` returns at most 500 volumes per page, `DescribeSnapshots` 1,000 (EC2 API Reference, `MaxResults`). */
export const PAGE_SIZES = { volumes: 500, snapshots: 1000 } as const;
/** Paginated or filtered EC2 non-mutating actions: bucket of 100, refill 20 per second, per API. */
export const EC2_NON_MUTATING: Quota = { rate: 20, burst: 100 };
const nonMutating = EC2_NON_MUTATING;

export const ebs = defineService<EbsTypes, EbsCensus>({
  name: 'ebs',
  title: 'Amazon EBS',
  scope: 'regional',
  api: { client: 'ec2', protocol: 'query' },
  nodeTypes: {
    'ec2.volume': { title: 'EBS volume', dataResource: true, asffType: 'AwsEc2Volume' },
    'ec2.snapshot': { title: 'EBS snapshot', dataResource: true },
    'ec2.ebs-defaults': { title: 'EBS encryption-by-default setting', dataResource: true },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['ec2.volume', 'ec2.snapshot'], to: ['kms.key'] },
    'default-key': { doc: SHARED_EDGE_DOCS['default-key'], from: ['ec2.ebs-defaults'], to: ['kms.key'] },
    'snapshot-of': { doc: SHARED_EDGE_DOCS['snapshot-of'], from: ['ec2.snapshot'], to: ['ec2.volume'] },
  },
  actions: [
    'ec2:GetEbsEncryptionByDefault',
    'ec2:GetEbsDefaultKmsKeyId',
    'ec2:GetSnapshotBlockPublicAccessState',
    'ec2:DescribeVolumes',
    'ec2:DescribeSnapshots',
    'ec2:DescribeSnapshotAttribute',
  ],
  quotas: {
    'ec2:DescribeVolumes': nonMutating,
    'ec2:DescribeSnapshots': nonMutating,
    'ec2:DescribeSnapshotAttribute': nonMutating,
    'ec2:GetEbsEncryptionByDefault': nonMutating,
    'ec2:GetEbsDefaultKmsKeyId': nonMutating,
    'ec2:GetSnapshotBlockPublicAccessState': nonMutating,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'GetEbsEncryptionByDefault', calls: 1, phase: 'list' },
    { operation: 'GetEbsDefaultKmsKeyId', calls: 1, phase: 'list' },
    { operation: 'GetSnapshotBlockPublicAccessState', calls: 1, phase: 'list' },
    { operation: 'DescribeVolumes', calls: pages(c.volumes, PAGE_SIZES.volumes), phase: 'list' },
    {
      operation: 'DescribeSnapshots',
      calls: pages(c.snapshots, PAGE_SIZES.snapshots) + pages(c.publicCandidates, PAGE_SIZES.snapshots),
      phase: 'list',
    },
    { operation: 'DescribeSnapshotAttribute', calls: c.publicCandidates, phase: 'detail' },
  ],
  roundTrips: (c) => ({
    list: Math.max(
      pages(c.volumes, PAGE_SIZES.volumes),
      pages(c.snapshots, PAGE_SIZES.snapshots),
      pages(c.publicCandidates, PAGE_SIZES.snapshots),
    ),
    detail: c.publicCandidates > 0 ? 1 : 0,
  }),
  collector: async () => (await import('./collector.ts')).ebsCollector,
  seeder: async () => (await import('./seed.ts')).seedEbs,
});
