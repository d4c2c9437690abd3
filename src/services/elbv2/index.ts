/**
 * Elastic Load Balancing v2 (Application and Network Load Balancers), per region: every load
 * balancer, the listeners of each Application and Network Load Balancer (the TLS
 * endpoints), the additional (SNI) certificates of each HTTPS and TLS listener, and the
 * protocols of any security policy that the documented table does not know.
 *
 * Quotas: Elastic Load Balancing User Guide, "Request throttling for the ELB API"
 * (elasticloadbalancing/latest/userguide/elb-api-throttling.html): each API version has its
 * own token buckets per account and Region; the non-mutating (`Describe*`) actions share one
 * bucket of 40 tokens refilled at 10 per second. Modelled as one group for every call here.
 *
 * Call model: the listing phase is `DescribeLoadBalancers` (400 a page) and one
 * `DescribeListeners` per Application or Network Load Balancer (a load balancer has at most
 * 50 listeners, one page of 400; gateway load balancers' listeners are not read: no TLS);
 * the detail phase is one `DescribeListenerCertificates` per HTTPS or TLS listener (at most
 * 100 certificates a listener, one page) and one `DescribeSSLPolicies` per policy name
 * missing from the documented table (named one at a time: AWS fails the whole call when one
 * name is unknown).
 */
import type { Quota } from '../../collect/pacing.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { Elbv2Types } from './types.ts';

export interface Elbv2Census extends Census {
  service: 'elbv2';
  /** Every load balancer, gateway ones included. */
  loadBalancers: number;
  /** Application and Network Load Balancers: one DescribeListeners each. */
  listenerLoadBalancers: number;
  /** HTTPS and TLS listeners: one DescribeListenerCertificates each. */
  secureListeners: number;
  /** Distinct policy names of HTTPS and TLS listeners that the documented table does not know. */
  undocumentedPolicies: number;
}

/** `PageSize` is 1 to 400 for every ELBv2 `Describe*` listing (ELBv2 API Reference). */
export const PAGE_SIZES = { loadBalancers: 400, listeners: 400, certificates: 400 } as const;

/** Calls in flight at once; the pacer holds them to the shared `Describe*` bucket. */
export const DESCRIBE_CONCURRENCY = 10;

const describe: Quota = { rate: 10, burst: 40, group: 'elbv2:Describe*' };

export const elbv2 = defineService<Elbv2Types, Elbv2Census>({
  name: 'elbv2',
  title: 'Elastic Load Balancing (ALB, NLB)',
  scope: 'regional',
  api: { client: 'elbv2', protocol: 'query' },
  nodeTypes: {
    'elbv2.load-balancer': { title: 'ELBv2 load balancer', asffType: 'AwsElbv2LoadBalancer' },
    'elbv2.listener': { title: 'ELBv2 listener', tlsEndpoint: true },
  },
  edges: {
    // From a load balancer only when ACM's InUseBy names it and none of its listeners was seen presenting the certificate.
    'uses-certificate': {
      doc: SHARED_EDGE_DOCS['uses-certificate'],
      from: ['elbv2.listener', 'elbv2.load-balancer'],
      to: ['acm.certificate', 'iam.server-certificate'],
    },
  },
  actions: [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeListenerCertificates',
    'elasticloadbalancing:DescribeSSLPolicies',
  ],
  actionForOperation: {
    DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
    DescribeListeners: 'elasticloadbalancing:DescribeListeners',
    DescribeListenerCertificates: 'elasticloadbalancing:DescribeListenerCertificates',
    DescribeSSLPolicies: 'elasticloadbalancing:DescribeSSLPolicies',
  },
  quotas: {
    'elbv2:DescribeLoadBalancers': describe,
    'elbv2:DescribeListeners': describe,
    'elbv2:DescribeListenerCertificates': describe,
    'elbv2:DescribeSSLPolicies': describe,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'DescribeLoadBalancers', calls: pages(c.loadBalancers, PAGE_SIZES.loadBalancers), phase: 'list' },
    { operation: 'DescribeListeners', calls: c.listenerLoadBalancers, phase: 'list' },
    { operation: 'DescribeListenerCertificates', calls: c.secureListeners, phase: 'detail' },
    { operation: 'DescribeSSLPolicies', calls: c.undocumentedPolicies, phase: 'detail' },
  ],
  roundTrips: (c) => ({
    list: pages(c.loadBalancers, PAGE_SIZES.loadBalancers) + Math.ceil(c.listenerLoadBalancers / DESCRIBE_CONCURRENCY),
    detail: Math.ceil((c.secureListeners + c.undocumentedPolicies) / DESCRIBE_CONCURRENCY),
  }),
  collector: async () => (await import('./collector.ts')).elbv2Collector,
  seeder: async () => (await import('./seed.ts')).seedElbv2,
});
