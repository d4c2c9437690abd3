/**
 * Who presents each certificate. Endpoints link themselves to their certificates from their
 * own configuration (a listener's certificate ARN); ACM's `InUseBy` names, from the other
 * side, the resources that use a certificate. Either source alone suffices: the endpoints'
 * configuration when ACM's list is incomplete (emulators leave it empty), ACM's list when an
 * endpoint's configuration could not be read. This adds the edges that only `InUseBy` gives.
 */
import { parseArn } from './arn.ts';
import { USES_CERTIFICATE } from './attributes.ts';
import type { AcmCertificateAttributes } from '../services/acm/types.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/** The API field the derived edges cite. */
export const IN_USE_BY_FIELD = 'Certificate.InUseBy';

/**
 * A `uses-certificate` edge for each collected resource that ACM's `InUseBy` names, unless
 * the resource (or one of its listeners, for a load balancer) already has one to the same
 * certificate. An entry that is an ARN names the node with that id; one that is not (a
 * Classic Load Balancer's DNS name, as some emulators give it) names the nodes whose
 * `dnsName` it is. Entries that name nothing collected stay in the certificate's `inUseBy`.
 */
export function inUseByEdges(nodes: ReadonlyMap<string, GraphNode>, edges: Iterable<GraphEdge>): GraphEdge[] {
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.kind !== USES_CERTIFICATE) continue;
    linked.add(`${e.from}\u0000${e.to}`);
    const parent = nodes.get(e.from)?.attributes['loadBalancerArn'];
    if (typeof parent === 'string') linked.add(`${parent}\u0000${e.to}`);
  }
  const byDnsName = new Map<string, string[]>();
  const out: GraphEdge[] = [];
  for (const cert of nodes.values()) {
    if (cert.type !== 'acm.certificate') continue;
    const users = (cert.attributes as AcmCertificateAttributes).inUseBy ?? [];
    if (users.length === 0) continue;
    if (byDnsName.size === 0) indexDnsNames(nodes, byDnsName);
    for (const ref of users) {
      const sources = parseArn(ref) ? (nodes.has(ref) ? [ref] : []) : (byDnsName.get(ref.toLowerCase()) ?? []);
      for (const from of sources) {
        const key = `${from}\u0000${cert.id}`;
        if (linked.has(key) || from === cert.id) continue;
        linked.add(key);
        out.push({ from, to: cert.id, kind: USES_CERTIFICATE, via: { ref, field: IN_USE_BY_FIELD } });
      }
    }
  }
  return out;
}

function indexDnsNames(nodes: ReadonlyMap<string, GraphNode>, index: Map<string, string[]>): void {
  for (const node of nodes.values()) {
    const dns = node.attributes['dnsName'];
    if (typeof dns !== 'string' || dns === '') continue;
    const key = dns.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), node.id]);
  }
  // Mark the index built even when no node has a DNS name.
  if (index.size === 0) index.set('', []);
}
