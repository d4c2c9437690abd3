/**
 * Amazon EC2 AMIs, per region: the images the account owns (`DescribeImages` with
 * `Owners=self`), their EBS block-device mappings and whether they are public. Public
 * launch permission is read from the image's `Public` flag, which the EC2 API Reference
 * (`Image`) documents as true exactly when the image has public launch permissions, so no
 * `DescribeImageAttribute launchPermission` call per image is needed. The encryption of
 * each mapping is the image's `Ebs.Encrypted` where AWS states it, and otherwise the
 * encryption of the mapped snapshot, which the EBS module collects (a `backed-by` edge).
 *
 * Quotas: Amazon EC2 Developer Guide, "Request throttling for the Amazon EC2 API"
 * (ec2-api-throttling): each API has its own bucket; non-mutating actions hold 100 tokens
 * and refill 20 per second. The collector always paginates (MaxResults), so the smaller
 * "unfiltered and unpaginated" bucket does not apply.
 *
 * Page size: the DescribeImages reference gives no range for `MaxResults`; the EC2
 * Developer Guide, "Pagination in the Amazon EC2 API" (ec2-api-pagination), pages with
 * `MaxResults` 1,000, the largest page of the EC2 describe calls.
 *
 * Call model: one call per page of 1,000 images, at least one; no detail phase.
 */
import { EC2_NON_MUTATING } from '../ebs/index.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { AmiTypes } from './types.ts';

export interface AmiCensus extends Census {
  service: 'ami';
  images: number;
}

/** `DescribeImages` pages of 1,000 images (see above). */
export const PAGE_SIZES = { images: 1000 } as const;

export const ami = defineService<AmiTypes, AmiCensus>({
  name: 'ami',
  title: 'Amazon EC2 AMIs',
  scope: 'regional',
  api: { client: 'ec2', protocol: 'query' },
  nodeTypes: {
    'ec2.image': { title: 'EC2 AMI', dataResource: true },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['ec2.image'], to: ['kms.key'] },
    'backed-by': {
      doc: 'image -> an EBS snapshot one of its block-device mappings creates volumes from',
      from: ['ec2.image'],
      to: ['ec2.snapshot'],
    },
  },
  actions: ['ec2:DescribeImages'],
  // EC2's paginated non-mutating bucket, as for EBS's calls.
  quotas: { 'ec2:DescribeImages': EC2_NON_MUTATING },
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'DescribeImages', calls: pages(c.images, PAGE_SIZES.images), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.images, PAGE_SIZES.images), detail: 0 }),
  collector: async () => (await import('./collector.ts')).amiCollector,
  seeder: async () => (await import('./seed.ts')).seedImages,
});
