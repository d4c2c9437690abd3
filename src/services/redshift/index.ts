/**
 * Amazon Redshift (provisioned clusters), per region: each cluster's encryption at rest and
 * key (`DescribeClusters`), and whether its parameter group requires TLS from clients (the
 * `require_ssl` parameter, `DescribeClusterParameters`, once per distinct parameter group).
 * Redshift Serverless workgroups are another API and are not collected.
 *
 * Quotas: not documented. The Amazon Redshift Management Guide's "Quotas and limits in
 * Amazon Redshift" (amazon-redshift-limits.html) lists object quotas only (among them 20
 * parameter groups per account and Region) and no request rate for DescribeClusters or
 * DescribeClusterParameters; the pacer leaves them unpaced and the SDK's adaptive retries
 * handle throttling.
 *
 * Call model: the listing pages (`DescribeClusters`, 100 a page, sequential); then one
 * `DescribeClusterParameters` per distinct parameter group the clusters name, a few in
 * flight at once. A group's parameters fit in one page of 100 (the `redshift-1.0` family has
 * 13, Management Guide "Amazon Redshift parameter groups"); a longer answer is still read
 * to its end, one more call per page.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { RedshiftTypes } from './types.ts';

export interface RedshiftCensus extends Census {
  service: 'redshift';
  clusters: number;
  /** Distinct parameter groups named by the listed clusters. */
  parameterGroups: number;
}

/**
 * `DescribeClusters` and `DescribeClusterParameters` return at most 100 records per page
 * (Redshift API Reference, `MaxRecords`: 20 to 100).
 */
export const PAGE_SIZES = { clusters: 100, parameters: 100 } as const;

/** Parameter-group reads in flight at once per region (no rate is documented for them). */
export const PARAMETER_CONCURRENCY = 4;

export const redshift = defineService<RedshiftTypes, RedshiftCensus>({
  name: 'redshift',
  title: 'Amazon Redshift',
  scope: 'regional',
  api: { client: 'redshift', protocol: 'query' },
  nodeTypes: {
    'redshift.cluster': { title: 'Redshift cluster', dataResource: true, asffType: 'AwsRedshiftCluster' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['redshift.cluster'], to: ['kms.key'] },
  },
  actions: ['redshift:DescribeClusters', 'redshift:DescribeClusterParameters'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'DescribeClusters', calls: pages(c.clusters, PAGE_SIZES.clusters), phase: 'list' },
    { operation: 'DescribeClusterParameters', calls: c.parameterGroups, phase: 'detail' },
  ],
  roundTrips: (c) => ({
    list: pages(c.clusters, PAGE_SIZES.clusters),
    detail: Math.ceil(c.parameterGroups / PARAMETER_CONCURRENCY),
  }),
  collector: async () => (await import('./collector.ts')).redshiftCollector,
  seeder: async () => (await import('./seed.ts')).seedRedshift,
});
