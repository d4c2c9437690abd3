/**
 * Classic Load Balancers, per region: `DescribeLoadBalancers` (listeners included) is the
 * listing phase; one `DescribeLoadBalancerPolicies` per load balancer with an HTTPS or SSL
 * listener is the detail phase. A failed policy call leaves that load balancer's TLS
 * policies unknown.
 */
import {
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingClient,
  type LoadBalancerDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { list, listing, num, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, POLICY_CONCURRENCY, elb } from './index.ts';
import { isTlsListener, loadBalancerArn, mapClassicLoadBalancer, type ElbScope } from './map.ts';

export const elbCollector: Collector = phasedCollector({
  service: elb.name,
  scope: elb.scope,
  responses: {
    'elb:DescribeLoadBalancers': listing(
      'LoadBalancerDescriptions',
      obj(
        {
          LoadBalancerName: str,
          DNSName: str,
          Scheme: str,
          ListenerDescriptions: list(
            obj({
              Listener: obj({ Protocol: str, LoadBalancerPort: num, SSLCertificateId: str }, ['Protocol', 'LoadBalancerPort']),
              PolicyNames: list(str),
            }),
          ),
        },
        ['LoadBalancerName'],
      ),
      { NextMarker: str },
    ),
    'elb:DescribeLoadBalancerPolicies': listing(
      'PolicyDescriptions',
      obj({ PolicyName: str, PolicyTypeName: str, PolicyAttributeDescriptions: list(obj({ AttributeName: str, AttributeValue: str })) }),
    ),
  },
  list: listClassic,
});

type Named = LoadBalancerDescription & { LoadBalancerName: string };

async function listClassic(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(ElasticLoadBalancingClient);
  const scope: ElbScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(client, {
    command: (marker) => new DescribeLoadBalancersCommand({ PageSize: PAGE_SIZES.loadBalancers, Marker: marker }),
    next: (p) => p.NextMarker,
    items: (p) => p.LoadBalancerDescriptions,
  });
  // A listing that failed part-way keeps the load balancers of the pages it read.
  const balancers = listed.value.filter((lb): lb is Named => lb.LoadBalancerName !== undefined && lb.LoadBalancerName !== '');
  const withTls = balancers.filter((lb) => (lb.ListenerDescriptions ?? []).some((d) => isTlsListener(d.Listener?.Protocol)));
  return {
    census: { service: 'elb', loadBalancers: balancers.length, tlsLoadBalancers: withTls.length },
    details: async () => {
      const tls = new Set(withTls);
      await mapConcurrent(balancers, POLICY_CONCURRENCY, async (lb) => {
        if (!tls.has(lb)) {
          for (const mapped of mapClassicLoadBalancer(scope, lb)) ctx.add(mapped);
          return;
        }
        const answer = await ctx.send(client, new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: lb.LoadBalancerName }), {
          resource: loadBalancerArn(scope, lb.LoadBalancerName),
        });
        for (const mapped of mapClassicLoadBalancer(scope, lb, answer.ok ? (answer.value.PolicyDescriptions ?? []) : undefined))
          ctx.add(mapped);
      });
    },
  };
}
