/**
 * Pure mapping of ELBv2 API responses to graph nodes and pending edges. No I/O.
 */
import type { Action, Certificate, Listener, LoadBalancer, SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { TlsVersion } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import { resourceNode, type Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import { certificateEdge } from '../certificate-edge.ts';
import { knownPolicyProtocols, oldestTlsVersion, sortedTlsVersions, tlsVersion } from '../elb-security-policies.ts';
import type { Elbv2ListenerAction, Elbv2ListenerAttributes, Elbv2LoadBalancerAttributes } from './types.ts';

export interface Elbv2Scope {
  account: string;
  region: string;
}

/** Listeners that terminate TLS: HTTPS (Application) and TLS (Network Load Balancers). */
export const isTlsListener = (protocol: string | undefined): boolean => protocol === 'HTTPS' || protocol === 'TLS';

/** Network Load Balancer protocols that carry clients' bytes without TLS. */
const PLAIN_TRANSPORT = new Set(['TCP', 'UDP', 'TCP_UDP']);

/** What a security policy accepts, and where that was learned. */
export interface ResolvedPolicy {
  protocols: TlsVersion[];
  source: 'documented' | 'DescribeSSLPolicies';
}

/** A policy's protocols from the documented table, else from a `DescribeSSLPolicies` answer; undefined when neither knows it. */
export function resolvePolicy(name: string, described: ReadonlyMap<string, TlsVersion[]>): ResolvedPolicy | undefined {
  const documented = knownPolicyProtocols(name);
  if (documented) return { protocols: [...documented], source: 'documented' };
  const protocols = described.get(name);
  return protocols && protocols.length > 0 ? { protocols, source: 'DescribeSSLPolicies' } : undefined;
}

/** The TLS protocols of each policy a `DescribeSSLPolicies` answer describes (protocols it does not recognise are left out). */
export function describedPolicies(policies: readonly SslPolicy[]): Map<string, TlsVersion[]> {
  const out = new Map<string, TlsVersion[]>();
  for (const p of policies) {
    if (p.Name === undefined) continue;
    const protocols = (p.SslProtocols ?? []).map(tlsVersion).filter((v): v is TlsVersion => v !== undefined);
    out.set(p.Name, sortedTlsVersions(protocols));
  }
  return out;
}

export function mapLoadBalancer(
  scope: Elbv2Scope,
  lb: LoadBalancer & { LoadBalancerArn: string },
  listenerCount?: number,
): Mapped<Elbv2LoadBalancerAttributes> {
  const name = lb.LoadBalancerName ?? lb.LoadBalancerArn;
  const attributes: Elbv2LoadBalancerAttributes = compact({
    loadBalancerName: name,
    type: lb.Type,
    scheme: lb.Scheme,
    internetFacing: lb.Scheme === undefined ? undefined : lb.Scheme === 'internet-facing',
    dnsName: lb.DNSName,
    state: lb.State?.Code,
    vpcId: lb.VpcId,
    ipAddressType: lb.IpAddressType,
    createdAt: iso(lb.CreatedTime),
    listenerCount,
  } satisfies Elbv2LoadBalancerAttributes);
  return { node: resourceNode(scope, 'elbv2.load-balancer', lb.LoadBalancerArn, name, {}, attributes), edges: [] };
}

function mapAction(a: Action): Elbv2ListenerAction {
  const groups = [a.TargetGroupArn, ...(a.ForwardConfig?.TargetGroups ?? []).map((g) => g.TargetGroupArn)].filter(
    (g): g is string => g !== undefined && g !== '',
  );
  return compact({
    type: a.Type ?? '',
    order: a.Order,
    redirectProtocol: a.RedirectConfig?.Protocol,
    redirectPort: a.RedirectConfig?.Port,
    redirectStatusCode: a.RedirectConfig?.StatusCode,
    fixedResponseStatusCode: a.FixedResponseConfig?.StatusCode,
    targetGroupArns: groups.length > 0 ? [...new Set(groups)] : undefined,
  });
}

/** The action that answers the request: the last one in order (authentication actions come before it). */
function terminalAction(actions: readonly Elbv2ListenerAction[]): Elbv2ListenerAction | undefined {
  const sorted = actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.order ?? Number.MAX_SAFE_INTEGER) - (y.a.order ?? Number.MAX_SAFE_INTEGER) || x.i - y.i);
  return sorted.at(-1)?.a;
}

/** Whether an HTTP listener's default actions end in a redirect to HTTPS; undefined when its actions were not given. */
export function redirectsToHttps(actions: readonly Elbv2ListenerAction[] | undefined): boolean | undefined {
  if (actions === undefined) return undefined;
  const last = terminalAction(actions);
  return last?.type === 'redirect' && last.redirectProtocol?.toUpperCase() === 'HTTPS';
}

/** Whether clients can talk to the listener without TLS; undefined for a protocol not known here. */
function plaintextAccepted(protocol: string | undefined, redirects: boolean | undefined): boolean | undefined {
  if (isTlsListener(protocol)) return false;
  if (protocol === 'HTTP') return redirects === undefined ? undefined : !redirects;
  if (protocol !== undefined && PLAIN_TRANSPORT.has(protocol)) return true;
  return undefined;
}

export interface ListenerDetail {
  /** The `DescribeListenerCertificates` answer (default and SNI certificates); undefined when it was not read. */
  certificates?: readonly Certificate[];
  /** The security policy's protocols; undefined when the policy is unknown (or the listener has no TLS). */
  policy?: ResolvedPolicy;
}

const unique = (values: readonly (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
];

/**
 * A listener node and its `uses-certificate` edges. `DescribeListeners` gives the default
 * certificate (emulators may list the SNI ones there too); `DescribeListenerCertificates`
 * gives every certificate with its `IsDefault` flag. Each certificate is one edge, however
 * many answers name it.
 */
export function mapListener(
  scope: Elbv2Scope,
  lb: LoadBalancer & { LoadBalancerArn: string },
  listener: Listener & { ListenerArn: string },
  detail: ListenerDetail,
): Mapped<Elbv2ListenerAttributes> {
  const id = listener.ListenerArn;
  const lbName = lb.LoadBalancerName ?? lb.LoadBalancerArn;
  const protocol = listener.Protocol;
  const tls = protocol === undefined ? undefined : isTlsListener(protocol);
  const actions = listener.DefaultActions?.map(mapAction);
  const redirects = protocol === 'HTTP' ? redirectsToHttps(actions) : protocol === undefined ? undefined : null;
  const listed = unique((listener.Certificates ?? []).map((c) => c.CertificateArn));
  const described = detail.certificates;
  const defaultCertificate =
    described?.find((c) => c.IsDefault === true)?.CertificateArn ??
    listener.Certificates?.find((c) => c.IsDefault !== false)?.CertificateArn;
  const all = described === undefined ? undefined : unique([defaultCertificate, ...listed, ...described.map((c) => c.CertificateArn)]);
  const policy = detail.policy;
  const attributes: Elbv2ListenerAttributes = compact({
    internetFacing: lb.Scheme === undefined ? undefined : lb.Scheme === 'internet-facing',
    protocol,
    port: listener.Port,
    hostNames: lb.DNSName === undefined ? undefined : [lb.DNSName],
    plaintextAccepted: plaintextAccepted(protocol, redirects ?? undefined),
    // Emulators report a policy on plain HTTP listeners too: only a TLS listener has one.
    tlsPolicy: tls === undefined ? undefined : tls ? listener.SslPolicy : null,
    minTlsVersion: tls === undefined ? undefined : tls ? (policy ? oldestTlsVersion(policy.protocols) : undefined) : null,
    loadBalancerArn: lb.LoadBalancerArn,
    loadBalancerName: lbName,
    loadBalancerType: lb.Type,
    scheme: lb.Scheme,
    tls,
    defaultActions: actions,
    redirectsToHttps: redirects,
    tlsProtocols: tls === undefined ? undefined : tls ? policy?.protocols : null,
    tlsPolicySource: tls === undefined ? undefined : tls ? policy?.source : null,
    defaultCertificateArn: tls === undefined ? undefined : tls ? defaultCertificate : null,
    certificateArns: tls === false ? [] : all,
    alpnPolicy: listener.AlpnPolicy === undefined ? undefined : (listener.AlpnPolicy[0] ?? null),
  } satisfies Elbv2ListenerAttributes);
  const node = resourceNode(scope, 'elbv2.listener', id, `${lbName}:${listener.Port ?? '?'}`, {}, attributes);
  const edges: PendingEdge[] = [];
  if (tls !== false) {
    const fromListing = new Set(listed);
    for (const arn of all ?? listed) {
      const field = fromListing.has(arn) ? 'Listeners[].Certificates[].CertificateArn' : 'Certificates[].CertificateArn';
      const edge = certificateEdge(id, field, arn);
      if (edge) edges.push(edge);
    }
  }
  return { node, edges };
}
