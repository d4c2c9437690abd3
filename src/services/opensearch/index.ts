/**
 * Amazon OpenSearch Service, per region: domains (`ListDomainNames`) and, five at a time,
 * their encryption at rest and its key, node-to-node encryption and HTTPS endpoint options
 * (`DescribeDomains`).
 *
 * Quotas: not documented. The Amazon OpenSearch Service Developer Guide's quotas page
 * ("Amazon OpenSearch Service quotas", limits.html) lists domain, instance and storage
 * quotas but no request rate for ListDomainNames or DescribeDomains; the pacer leaves them
 * unpaced and the SDK's adaptive retries handle throttling.
 *
 * Page sizes: `ListDomainNames` is not paginated (one call returns every domain of the
 * region). `DescribeDomains` takes at most five names: AWS answers a sixth with
 * `ValidationException: Please provide a maximum of 5 domain names to describe.` (reported in
 * aws-solutions-library-samples/account-assessment-for-aws-organizations issue #7; the API
 * Reference states no maximum, and the emulator accepts any number).
 *
 * Call model: one `ListDomainNames`, then one `DescribeDomains` per five domains,
 * DESCRIBE_CONCURRENCY at once.
 */
import { defineService, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { OpenSearchTypes } from './types.ts';

export interface OpenSearchCensus extends Census {
  service: 'opensearch';
  domains: number;
}

/** `DescribeDomains` describes at most 5 domains per call (see above). */
export const PAGE_SIZES = { domainsPerDescribe: 5 } as const;

/** DescribeDomains calls in flight at once per region. */
export const DESCRIBE_CONCURRENCY = 4;

const describeCalls = (domains: number) => Math.ceil(domains / PAGE_SIZES.domainsPerDescribe);

export const opensearch = defineService<OpenSearchTypes, OpenSearchCensus>({
  name: 'opensearch',
  title: 'Amazon OpenSearch Service',
  scope: 'regional',
  api: { client: 'es', protocol: 'json' },
  nodeTypes: {
    'opensearch.domain': {
      title: 'OpenSearch Service domain',
      dataResource: true,
      tlsEndpoint: true,
      asffType: 'AwsOpenSearchServiceDomain',
    },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['opensearch.domain'], to: ['kms.key'] },
    'uses-certificate': { doc: SHARED_EDGE_DOCS['uses-certificate'], from: ['opensearch.domain'], to: ['acm.certificate'] },
  },
  actions: ['es:ListDomainNames', 'es:DescribeDomains'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListDomainNames', calls: 1, phase: 'list' },
    { operation: 'DescribeDomains', calls: describeCalls(c.domains), phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: 1, detail: Math.ceil(describeCalls(c.domains) / DESCRIBE_CONCURRENCY) }),
  collector: async () => (await import('./collector.ts')).opensearchCollector,
  seeder: async () => (await import('./seed.ts')).seedOpenSearch,
});
