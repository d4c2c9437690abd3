/**
 * Classic Load Balancers (Elastic Load Balancing API version 2012-06-01), per region: every
 * load balancer with its listeners (the TLS endpoints), and the SSL negotiation policies of
 * the load balancers that have an HTTPS or SSL listener.
 *
 * Quotas: Elastic Load Balancing User Guide, "Request throttling for the ELB API"
 * (elasticloadbalancing/latest/userguide/elb-api-throttling.html): API version 1 (Classic)
 * has its own token buckets, apart from version 2; the non-mutating (`Describe*`) actions
 * share one bucket of 40 tokens refilled at 10 per second.
 *
 * Call model: `DescribeLoadBalancers` (400 a page; the listeners are in the answer), then one
 * `DescribeLoadBalancerPolicies` per load balancer with an HTTPS or SSL listener (not paged).
 */
import type { Quota } from '../../collect/pacing.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { ElbTypes } from './types.ts';

export interface ElbCensus extends Census {
  service: 'elb';
  loadBalancers: number;
  /** Load balancers with an HTTPS or SSL listener: one DescribeLoadBalancerPolicies each. */
  tlsLoadBalancers: number;
}

/** `PageSize` is 1 to 400 (Elastic Load Balancing API Reference version 2012-06-01, DescribeLoadBalancers). */
export const PAGE_SIZES = { loadBalancers: 400 } as const;

/** Policy calls in flight at once; the pacer holds them to the shared `Describe*` bucket. */
export const POLICY_CONCURRENCY = 10;

const describe: Quota = { rate: 10, burst: 40, group: 'elb:Describe*' };

export const elb = defineService<ElbTypes, ElbCensus>({
  name: 'elb',
  title: 'Elastic Load Balancing (Classic)',
  scope: 'regional',
  api: { client: 'elb', protocol: 'query' },
  nodeTypes: {
    'elb.load-balancer': { title: 'Classic Load Balancer', asffType: 'AwsElbLoadBalancer' },
    'elb.listener': { title: 'Classic Load Balancer listener', tlsEndpoint: true },
  },
  edges: {
    'uses-certificate': {
      doc: SHARED_EDGE_DOCS['uses-certificate'],
      from: ['elb.listener'],
      to: ['acm.certificate', 'iam.server-certificate'],
    },
  },
  actions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerPolicies'],
  actionForOperation: {
    DescribeLoadBalancers: 'elasticloadbalancing:DescribeLoadBalancers',
    DescribeLoadBalancerPolicies: 'elasticloadbalancing:DescribeLoadBalancerPolicies',
  },
  quotas: {
    'elb:DescribeLoadBalancers': describe,
    'elb:DescribeLoadBalancerPolicies': describe,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'DescribeLoadBalancers', calls: pages(c.loadBalancers, PAGE_SIZES.loadBalancers), phase: 'list' },
    { operation: 'DescribeLoadBalancerPolicies', calls: c.tlsLoadBalancers, phase: 'detail' },
  ],
  roundTrips: (c) => ({
    list: pages(c.loadBalancers, PAGE_SIZES.loadBalancers),
    detail: Math.ceil(c.tlsLoadBalancers / POLICY_CONCURRENCY),
  }),
  collector: async () => (await import('./collector.ts')).elbCollector,
  seeder: async () => (await import('./seed.ts')).seedElb,
});
