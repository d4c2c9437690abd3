/**
 * Builds the graph from what the collectors returned: resolves key references and other
 * cross-resource references into edges (with `external` nodes for targets that were not
 * collected, so that no edge dangles), then computes derived attributes.
 */
import { parseArn } from './arn.ts';
import type { ExternalAttributes } from './attributes.ts';
import { inUseByEdges } from './certificate-users.ts';
import { deriveAttributes } from './derive.ts';
import { compareEdges, Graph } from './graph.ts';
import { resolveKeyRef, type KeyLookup, type RefContext } from './key-ref.ts';
import type { EdgeKind, Gap, GraphEdge, GraphNode, NodeType, Service } from './types.ts';

/** A reference from a collected node that becomes an edge once resolved. */
export interface PendingEdge {
  from: string;
  kind: EdgeKind;
  /** The API field that held the reference, e.g. `KeyMetadata.KeyId` or `Rules[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID`. */
  field: string;
  /** The raw value as AWS returned it. */
  ref: string;
  target:
    | { kind: 'kms-key'; context: RefContext }
    | { kind: 'resource'; id: string; type: NodeType; service: Service; account?: string; region?: string };
}

export interface ScanScope {
  accounts: string[];
  regions: string[];
  services: Service[];
}

export interface CollectedData {
  nodes: GraphNode[];
  pending: PendingEdge[];
  gaps: Gap[];
  scope: ScanScope;
}

export function buildGraph(data: CollectedData): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const node of data.nodes) {
    const existing = nodes.get(node.id);
    // A multi-region CloudTrail trail is reported by every region; keep one node.
    if (existing && existing.type !== node.type) throw new Error(`node ${node.id} collected as ${existing.type} and ${node.type}`);
    if (!existing) nodes.set(node.id, node);
  }
  const why = absenceExplainer(data.scope, data.gaps);
  const lookup = keyLookup(nodes, why);
  const edges: GraphEdge[] = [];

  const addExternal = (
    id: string,
    type: string,
    ref: string,
    reason: ExternalAttributes['reason'],
    hint: { account?: string; region?: string },
    awsManagedAlias?: boolean,
  ) => {
    const existing = nodes.get(id);
    if (existing) {
      if (existing.type === 'external') {
        const attrs = existing.attributes as unknown as ExternalAttributes;
        if (!attrs.references.includes(ref)) attrs.references = [...attrs.references, ref].sort();
      }
      return;
    }
    const arn = parseArn(id);
    const attributes: ExternalAttributes = {
      resourceType: type,
      reason,
      references: [ref],
      ...(awsManagedAlias ? { awsManagedAlias } : {}),
    };
    nodes.set(id, {
      id,
      type: 'external',
      account: arn?.account || hint.account || '',
      region: arn?.region || hint.region || '',
      name: arn?.resourceId || ref,
      tags: {},
      attributes: attributes as unknown as Record<string, unknown>,
    });
  };

  for (const p of data.pending) {
    let to: string;
    if (p.target.kind === 'kms-key') {
      const r = resolveKeyRef(p.ref, p.target.context, lookup);
      to = r.id;
      if ('external' in r) addExternal(r.id, 'kms.key', p.ref, r.external.reason, p.target.context, r.external.awsManagedAlias);
    } else {
      to = p.target.id;
      if (!nodes.has(to)) {
        const arn = parseArn(to);
        const account = p.target.account ?? arn?.account ?? '';
        addExternal(to, p.target.type, p.ref, why(account, p.target.region ?? arn?.region ?? '', p.target.service), p.target);
      }
    }
    if (!nodes.has(p.from)) throw new Error(`reference from unknown node ${p.from}`);
    edges.push({ from: p.from, to, kind: p.kind, via: { ref: p.ref, field: p.field } });
  }
  for (const edge of inUseByEdges(nodes, edges)) edges.push(edge);

  const graph = new Graph([...nodes.values()], firstOfEach(edges.sort(compareEdges)), data.gaps);
  deriveAttributes(graph);
  return graph;
}

/**
 * One edge per (from, kind, to, field): the first that was collected. The edges come sorted
 * (a stable sort keeps collection order among equals), so duplicates are neighbours: no key
 * string per edge is made, which in a large account would be tens of megabytes at the moment
 * the graph's own indexes are built.
 */
function firstOfEach(sorted: readonly GraphEdge[]): GraphEdge[] {
  const out: GraphEdge[] = [];
  for (const edge of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || compareEdges(last, edge) !== 0) out.push(edge);
  }
  return out;
}

/** Why a resource of (account, region, service) is missing from the collected nodes. */
export function absenceExplainer(scope: ScanScope, gaps: readonly Gap[]) {
  const listGaps = new Set(gaps.filter((g) => g.resource === undefined).map((g) => `${g.account}|${g.region}|${g.service}`));
  // An account whose role could not be assumed is in the scan's scope but was not collected.
  const unreachable = new Set(gaps.filter((g) => g.operation === 'AssumeRole').map((g) => g.account));
  return (account: string, region: string, service: Service): ExternalAttributes['reason'] => {
    if (unreachable.has(account)) return 'not-collected';
    if (account !== '' && !scope.accounts.includes(account)) return 'other-account';
    if (region !== '' && !scope.regions.includes(region)) return 'region-not-scanned';
    if (!scope.services.includes(service)) return 'not-collected';
    if (listGaps.has(`${account}|${region}|${service}`) || listGaps.has(`${account}||${service}`)) return 'not-collected';
    // Bucket ARNs name no account: a bucket that is not ours may well be another account's.
    if (account === '') return 'owner-unknown';
    return 'not-found';
  };
}

function keyLookup(nodes: Map<string, GraphNode>, why: ReturnType<typeof absenceExplainer>): KeyLookup {
  const aliasTargets = new Map<string, string>();
  for (const node of nodes.values()) {
    if (node.type !== 'kms.alias') continue;
    const target = node.attributes['targetKeyId'];
    if (typeof target !== 'string') continue;
    const arn = parseArn(node.id);
    if (!arn) continue;
    aliasTargets.set(node.id, target.startsWith('arn:') ? target : `arn:${arn.partition}:kms:${arn.region}:${arn.account}:key/${target}`);
  }
  return {
    hasKey: (keyArn) => nodes.get(keyArn)?.type === 'kms.key',
    aliasTarget: (aliasArn) => aliasTargets.get(aliasArn),
    whyAbsent: (account, region) => why(account, region, 'kms'),
  };
}
