/**
 * Amazon CloudFront, once per account (CloudFront is global): every distribution from
 * ListDistributions, whose summaries carry each cache behavior, origin and the viewer
 * certificate, so there is no detail phase.
 *
 * Quotas: not documented. The CloudFront Developer Guide, "Quotas" (cloudfront-limits),
 * lists quotas on distributions, policies, certificates and invalidations, and no request
 * rate for the control-plane API: ListDistributions is not paced, and a throttled page is
 * retried by the SDK's adaptive mode.
 *
 * Page size: the CloudFront API Reference (ListDistributions, `MaxItems`) documents no
 * maximum; 100 is the default it applies, so pages are asked for at 100.
 *
 * Call model: one call per page of 100 distributions, at least one, one after the other.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { CloudFrontTypes } from './types.ts';

export interface CloudFrontCensus extends Census {
  service: 'cloudfront';
  distributions: number;
}

/** ListDistributions pages: 100, the default of `MaxItems` (no maximum is documented). */
export const PAGE_SIZES = { distributions: 100 } as const;

export const cloudfront = defineService<CloudFrontTypes, CloudFrontCensus>({
  name: 'cloudfront',
  title: 'Amazon CloudFront',
  scope: 'global',
  api: { client: 'cloudfront', protocol: 'rest-xml' },
  nodeTypes: {
    'cloudfront.distribution': { title: 'CloudFront distribution', tlsEndpoint: true, asffType: 'AwsCloudFrontDistribution' },
  },
  edges: {
    'uses-certificate': { doc: SHARED_EDGE_DOCS['uses-certificate'], from: ['cloudfront.distribution'], to: ['acm.certificate'] },
  },
  actions: ['cloudfront:ListDistributions'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'ListDistributions', calls: pages(c.distributions, PAGE_SIZES.distributions), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.distributions, PAGE_SIZES.distributions), detail: 0 }),
  collector: async () => (await import('./collector.ts')).cloudfrontCollector,
  seeder: async () => (await import('./seed.ts')).seedDistributions,
});
