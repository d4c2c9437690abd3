/**
 * Amazon ECR, per region: every private repository of the account's registry and its
 * encryption configuration, from one paged DescribeRepositories listing (the encryption is
 * in the listing, so there is no detail phase).
 *
 * Quotas: not documented. The Amazon ECR User Guide, "Amazon ECR service quotas"
 * (service-quotas), gives request rates for the image push and pull actions only
 * (BatchCheckLayerAvailability, GetDownloadUrlForLayer, ...), none for DescribeRepositories;
 * so the call is not paced, and a throttled page is retried by the SDK's adaptive mode.
 *
 * Call model: one call per page of 1,000 repositories, at least one.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { EcrTypes } from './types.ts';

export interface EcrCensus extends Census {
  service: 'ecr';
  repositories: number;
}

/** `DescribeRepositories` returns at most 1,000 repositories a page (Amazon ECR API Reference, `maxResults`, 1 to 1000). */
export const PAGE_SIZES = { repositories: 1000 } as const;

export const ecr = defineService<EcrTypes, EcrCensus>({
  name: 'ecr',
  title: 'Amazon ECR',
  scope: 'regional',
  api: { client: 'ecr', protocol: 'json' },
  nodeTypes: {
    'ecr.repository': { title: 'ECR repository', dataResource: true, asffType: 'AwsEcrRepository' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['ecr.repository'], to: ['kms.key'] },
  },
  actions: ['ecr:DescribeRepositories'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'DescribeRepositories', calls: pages(c.repositories, PAGE_SIZES.repositories), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.repositories, PAGE_SIZES.repositories), detail: 0 }),
  collector: async () => (await import('./collector.ts')).ecrCollector,
  seeder: async () => (await import('./seed.ts')).seedRepositories,
});
