/**
 * ELBv2, per region. Listing phase: `DescribeLoadBalancers`, then `DescribeListeners` for
 * each Application and Network Load Balancer. Detail phase: `DescribeListenerCertificates`
 * for each HTTPS and TLS listener, and `DescribeSSLPolicies` for each policy name the
 * documented table does not know. A failed call hides only what it would have read: a load
 * balancer whose listeners could not be listed has no listener nodes (and a gap says so); a
 * listener whose certificates could not be read keeps its default certificate.
 */
import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeSSLPoliciesCommand,
  ElasticLoadBalancingV2Client,
  type Certificate,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, list, listing, obj, str } from '../../collect/responses.ts';
import type { TlsVersion } from '../../graph/attributes.ts';
import { knownPolicyProtocols } from '../elb-security-policies.ts';
import { DESCRIBE_CONCURRENCY, PAGE_SIZES, elbv2 } from './index.ts';
import { describedPolicies, isTlsListener, mapListener, mapLoadBalancer, resolvePolicy, type Elbv2Scope } from './map.ts';

const certificate = obj({ CertificateArn: str, IsDefault: bool });

export const elbv2Collector: Collector = phasedCollector({
  service: elbv2.name,
  scope: elbv2.scope,
  responses: {
    'elbv2:DescribeLoadBalancers': listing(
      'LoadBalancers',
      obj({ LoadBalancerArn: str, LoadBalancerName: str, Type: str, Scheme: str, DNSName: str }, ['LoadBalancerArn']),
      { NextMarker: str },
    ),
    'elbv2:DescribeListeners': listing(
      'Listeners',
      obj({ ListenerArn: str, Protocol: str, SslPolicy: str, Certificates: list(certificate), DefaultActions: list(obj({ Type: str })) }, [
        'ListenerArn',
      ]),
      { NextMarker: str },
    ),
    'elbv2:DescribeListenerCertificates': listing('Certificates', certificate, { NextMarker: str }),
    'elbv2:DescribeSSLPolicies': listing('SslPolicies', obj({ Name: str, SslProtocols: list(str) }), { NextMarker: str }),
  },
  list: listElbv2,
});

type Arned<T, K extends string> = T & Record<K, string>;
type Balancer = Arned<LoadBalancer, 'LoadBalancerArn'>;
type ListenerOf = { lb: Balancer; listener: Arned<Listener, 'ListenerArn'> };

async function listElbv2(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(ElasticLoadBalancingV2Client);
  const scope: Elbv2Scope = { account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(client, {
    command: (marker) => new DescribeLoadBalancersCommand({ PageSize: PAGE_SIZES.loadBalancers, Marker: marker }),
    next: (p) => p.NextMarker,
    items: (p) => p.LoadBalancers,
  });
  // A listing that failed part-way keeps the load balancers of the pages it read.
  const balancers = listed.value.filter((lb): lb is Balancer => lb.LoadBalancerArn !== undefined && lb.LoadBalancerArn !== '');
  // Gateway load balancers pass traffic to appliances; their listeners terminate no TLS.
  const withListeners = balancers.filter((lb) => lb.Type !== 'gateway');
  const listenersByBalancer = new Map<string, ListenerOf[]>();
  await mapConcurrent(withListeners, DESCRIBE_CONCURRENCY, async (lb) => {
    const answer = await ctx.paginate(
      client,
      {
        command: (marker) =>
          new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn, PageSize: PAGE_SIZES.listeners, Marker: marker }),
        next: (p) => p.NextMarker,
        items: (p) => p.Listeners,
      },
      { resource: lb.LoadBalancerArn },
    );
    if (!answer.ok) return;
    const listeners = answer.value
      .filter((l): l is ListenerOf['listener'] => l.ListenerArn !== undefined && l.ListenerArn !== '')
      .map((listener) => ({ lb, listener }));
    listenersByBalancer.set(lb.LoadBalancerArn, listeners);
  });
  const listeners = withListeners.flatMap((lb) => listenersByBalancer.get(lb.LoadBalancerArn) ?? []);
  const secure = listeners.filter((l) => isTlsListener(l.listener.Protocol));
  const undocumented = [
    ...new Set(secure.map((l) => l.listener.SslPolicy).filter((p): p is string => p !== undefined && p !== '' && !knownPolicyProtocols(p))),
  ];
  return {
    census: {
      service: 'elbv2',
      loadBalancers: balancers.length,
      listenerLoadBalancers: withListeners.length,
      secureListeners: secure.length,
      undocumentedPolicies: undocumented.length,
    },
    details: async () => {
      const certificates = new Map<string, readonly Certificate[]>();
      const described = new Map<string, TlsVersion[]>();
      const tasks: (() => Promise<void>)[] = [
        ...secure.map(({ listener }) => async () => {
          const answer = await ctx.paginate(
            client,
            {
              command: (marker) =>
                new DescribeListenerCertificatesCommand({
                  ListenerArn: listener.ListenerArn,
                  PageSize: PAGE_SIZES.certificates,
                  Marker: marker,
                }),
              next: (p) => p.NextMarker,
              items: (p) => p.Certificates,
            },
            { resource: listener.ListenerArn },
          );
          if (answer.ok) certificates.set(listener.ListenerArn, answer.value);
        }),
        ...undocumented.map((name) => async () => {
          // One name a call: AWS answers SSLPolicyNotFound for the whole call when one name is unknown.
          const answer = await ctx.send(client, new DescribeSSLPoliciesCommand({ Names: [name] }));
          if (!answer.ok) return;
          const found = describedPolicies(answer.value.SslPolicies ?? []).get(name);
          if (found && found.length > 0) described.set(name, found);
          else
            ctx.recordGap('DescribeSSLPolicies', {
              kind: 'not-found',
              code: 'SSLPolicyNotFound',
              message: `the security policy ${name} is neither in the documented table nor described by DescribeSSLPolicies: the TLS versions it allows are unknown`,
            });
        }),
      ];
      await mapConcurrent(tasks, DESCRIBE_CONCURRENCY, (task) => task());
      for (const lb of balancers) {
        const own = listenersByBalancer.get(lb.LoadBalancerArn);
        ctx.add(mapLoadBalancer(scope, lb, own?.length));
        for (const { listener } of own ?? []) {
          const certs = certificates.get(listener.ListenerArn);
          const policy = isTlsListener(listener.Protocol) && listener.SslPolicy ? resolvePolicy(listener.SslPolicy, described) : undefined;
          ctx.add(mapListener(scope, lb, listener, { ...(certs ? { certificates: certs } : {}), ...(policy ? { policy } : {}) }));
        }
      }
    },
  };
}
