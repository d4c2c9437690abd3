/**
 * Pure mapping of Classic Load Balancer API responses to graph nodes and pending edges. No I/O.
 */
import type { ListenerDescription, LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import type { TlsVersion } from '../../graph/attributes.ts';
import { resourceNode, type Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import { certificateEdge } from '../certificate-edge.ts';
import { knownPolicyProtocols, oldestTlsVersion, sortedTlsVersions, tlsVersion } from '../elb-security-policies.ts';
import type { ElbListenerAttributes, ElbLoadBalancerAttributes } from './types.ts';

export interface ElbScope {
  partition: string;
  account: string;
  region: string;
}

/** Listeners that terminate TLS. */
export const isTlsListener = (protocol: string | undefined): boolean =>
  protocol?.toUpperCase() === 'HTTPS' || protocol?.toUpperCase() === 'SSL';
const isPlaintextListener = (protocol: string | undefined): boolean =>
  protocol?.toUpperCase() === 'HTTP' || protocol?.toUpperCase() === 'TCP';

/** A Classic Load Balancer has no ARN in the API: the documented form. */
export const loadBalancerArn = (scope: ElbScope, name: string): string =>
  `arn:${scope.partition}:elasticloadbalancing:${scope.region}:${scope.account}:loadbalancer/${name}`;

const SSL_NEGOTIATION = 'SSLNegotiationPolicyType';
const REFERENCE = 'Reference-Security-Policy';
const PROTOCOL_PREFIX = 'Protocol-';

/** What an SSL negotiation policy enables, and where that was learned. */
export interface NegotiationPolicy {
  name: string;
  reference: string | null;
  protocols?: TlsVersion[];
  source?: 'policy-attributes' | 'documented';
}

/**
 * An SSL negotiation policy's protocols: its own `Protocol-*` attributes when it lists them
 * (AWS lists every attribute of a policy, also one made from a reference), else those of the
 * predefined policy it references, from the documented table; unknown otherwise.
 */
export function negotiationPolicy(p: PolicyDescription): NegotiationPolicy {
  const attributes = p.PolicyAttributeDescriptions ?? [];
  const reference = attributes.find((a) => a.AttributeName === REFERENCE)?.AttributeValue ?? null;
  const flags = attributes.filter((a) => a.AttributeName?.startsWith(PROTOCOL_PREFIX) === true);
  const name = p.PolicyName ?? '';
  if (flags.length > 0) {
    const enabled = flags
      .filter((a) => a.AttributeValue?.toLowerCase() === 'true')
      .map((a) => tlsVersion(a.AttributeName?.slice(PROTOCOL_PREFIX.length) ?? ''))
      .filter((v): v is TlsVersion => v !== undefined);
    return { name, reference, protocols: sortedTlsVersions(enabled), source: 'policy-attributes' };
  }
  const documented = reference === null ? undefined : knownPolicyProtocols(reference);
  return documented ? { name, reference, protocols: [...documented], source: 'documented' } : { name, reference };
}

/** The SSL negotiation policies of a load balancer, by name, from its `DescribeLoadBalancerPolicies` answer. */
export function negotiationPolicies(policies: readonly PolicyDescription[]): Map<string, NegotiationPolicy> {
  return new Map(
    policies.filter((p) => p.PolicyTypeName === SSL_NEGOTIATION && p.PolicyName).map((p) => [p.PolicyName!, negotiationPolicy(p)]),
  );
}

/** A predefined policy named directly, resolved from the documented table. */
function predefined(name: string): NegotiationPolicy | undefined {
  const documented = knownPolicyProtocols(name);
  return documented ? { name, reference: name, protocols: [...documented], source: 'documented' } : undefined;
}

type Named = LoadBalancerDescription & { LoadBalancerName: string };

/** A listener's TLS policy fields: null without TLS; absent when the policies were not read or its policy is unknown. */
function policyAttributes(
  tls: boolean,
  names: readonly string[],
  policies: ReadonlyMap<string, NegotiationPolicy> | undefined,
): Partial<ElbListenerAttributes> {
  if (!tls)
    return {
      sslNegotiationPolicy: null,
      referenceSecurityPolicy: null,
      tlsPolicy: null,
      tlsProtocols: null,
      tlsPolicySource: null,
      minTlsVersion: null,
    };
  if (policies === undefined) return {};
  // A listener may name a predefined policy itself (ELB attaches ELBSecurityPolicy-2016-08 to an HTTPS/SSL listener created without one).
  const policy = names.map((n) => policies.get(n) ?? predefined(n)).find((p) => p !== undefined);
  // An HTTPS or SSL listener without an SSL negotiation policy: AWS gives each one a policy, so what it allows is not known.
  if (policy === undefined) return { sslNegotiationPolicy: null };
  return {
    sslNegotiationPolicy: policy.name,
    referenceSecurityPolicy: policy.reference,
    tlsPolicy: policy.reference ?? policy.name,
    tlsProtocols: policy.protocols,
    tlsPolicySource: policy.source,
    minTlsVersion: policy.protocols === undefined ? undefined : (oldestTlsVersion(policy.protocols) ?? undefined),
  };
}

/**
 * A Classic Load Balancer and its listeners. `policies` is its `DescribeLoadBalancerPolicies`
 * answer (undefined when not read: the TLS listeners' policies are then unknown).
 */
export function mapClassicLoadBalancer(scope: ElbScope, lb: Named, policies?: readonly PolicyDescription[]): Mapped[] {
  const lbArn = loadBalancerArn(scope, lb.LoadBalancerName);
  const listeners = (lb.ListenerDescriptions ?? []).filter(
    (d): d is ListenerDescription & { Listener: NonNullable<ListenerDescription['Listener']> } => d.Listener !== undefined,
  );
  const tlsCount = listeners.filter((d) => isTlsListener(d.Listener.Protocol)).length;
  const plaintextCount = listeners.filter((d) => isPlaintextListener(d.Listener.Protocol)).length;
  const internetFacing = lb.Scheme === undefined ? undefined : lb.Scheme === 'internet-facing';
  const balancer: ElbLoadBalancerAttributes = compact({
    loadBalancerName: lb.LoadBalancerName,
    scheme: lb.Scheme,
    internetFacing,
    dnsName: lb.DNSName,
    vpcId: lb.VPCId,
    createdAt: iso(lb.CreatedTime),
    tlsListeners: lb.ListenerDescriptions === undefined ? undefined : tlsCount,
    plaintextListeners: lb.ListenerDescriptions === undefined ? undefined : plaintextCount,
  } satisfies ElbLoadBalancerAttributes);
  const byName = policies === undefined ? undefined : negotiationPolicies(policies);
  const out: Mapped[] = [{ node: resourceNode(scope, 'elb.load-balancer', lbArn, lb.LoadBalancerName, {}, balancer), edges: [] }];
  for (const { Listener: l, PolicyNames: names } of listeners) {
    const id = `${lbArn}/listener/${l.LoadBalancerPort}`;
    const tls = isTlsListener(l.Protocol);
    const certificate = tls ? (l.SSLCertificateId ?? undefined) : null;
    const attributes: ElbListenerAttributes = compact({
      internetFacing,
      protocol: l.Protocol?.toUpperCase(),
      port: l.LoadBalancerPort,
      hostNames: lb.DNSName === undefined ? undefined : [lb.DNSName],
      plaintextAccepted: tls ? false : isPlaintextListener(l.Protocol) ? true : undefined,
      loadBalancerName: lb.LoadBalancerName,
      loadBalancerArn: lbArn,
      scheme: lb.Scheme,
      tls,
      instanceProtocol: l.InstanceProtocol,
      instancePort: l.InstancePort,
      loadBalancerTlsListeners: tlsCount,
      policyNames: names ? [...names] : undefined,
      certificateArn: certificate,
      ...policyAttributes(tls, names ?? [], byName),
    } satisfies ElbListenerAttributes);
    const edge =
      typeof certificate === 'string'
        ? certificateEdge(id, 'LoadBalancerDescriptions[].ListenerDescriptions[].Listener.SSLCertificateId', certificate)
        : undefined;
    out.push({
      node: resourceNode(scope, 'elb.listener', id, `${lb.LoadBalancerName}:${l.LoadBalancerPort}`, {}, attributes),
      edges: edge ? [edge] : [],
    });
  }
  return out;
}
