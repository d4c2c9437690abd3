import type { EdgeKind, Gap, GraphEdge, GraphNode, NodeType } from './types.ts';
import type { AttributesByType } from './attributes.ts';

export type TypedNode<T extends NodeType> = GraphNode<AttributesByType[T]> & { type: T };

/**
 * A built resource graph with lookup indices. Nodes and edges are kept in canonical order
 * (nodes by id, edges by from/kind/to) so that serializing it is deterministic.
 */
export class Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly gaps: readonly Gap[];
  readonly #byId = new Map<string, GraphNode>();
  readonly #byType = new Map<NodeType, GraphNode[]>();
  readonly #out = new Map<string, GraphEdge[]>();
  readonly #in = new Map<string, GraphEdge[]>();

  constructor(nodes: readonly GraphNode[], edges: readonly GraphEdge[], gaps: readonly Gap[]) {
    this.nodes = [...nodes].sort((a, b) => compare(a.id, b.id));
    this.edges = [...edges].sort(compareEdges);
    this.gaps = [...gaps].sort(compareGaps);
    for (const node of this.nodes) {
      if (this.#byId.has(node.id)) throw new Error(`duplicate node id ${node.id}`);
      this.#byId.set(node.id, node);
      push(this.#byType, node.type, node);
    }
    for (const edge of this.edges) {
      if (!this.#byId.has(edge.from) || !this.#byId.has(edge.to)) {
        throw new Error(`dangling edge ${edge.kind} ${edge.from} -> ${edge.to}`);
      }
      push(this.#out, edge.from, edge);
      push(this.#in, edge.to, edge);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.#byId.get(id);
  }

  nodesOfType<T extends NodeType>(type: T): readonly TypedNode<T>[] {
    return (this.#byType.get(type) ?? []) as TypedNode<T>[];
  }

  outgoing(id: string, kind?: EdgeKind): readonly GraphEdge[] {
    const edges = this.#out.get(id) ?? [];
    return kind === undefined ? edges : edges.filter((e) => e.kind === kind);
  }

  incoming(id: string, kind?: EdgeKind): readonly GraphEdge[] {
    const edges = this.#in.get(id) ?? [];
    return kind === undefined ? edges : edges.filter((e) => e.kind === kind);
  }

  /** The nodes at the other end of `id`'s outgoing edges of `kind`. */
  targets(id: string, kind: EdgeKind): GraphNode[] {
    return this.outgoing(id, kind).map((e) => this.#byId.get(e.to) as GraphNode);
  }

  /** The nodes with an edge of `kind` pointing at `id`. */
  sources(id: string, kind: EdgeKind): GraphNode[] {
    return this.incoming(id, kind).map((e) => this.#byId.get(e.from) as GraphNode);
  }

  /** Gaps that hide data of `node`: its own resource gaps and list-level gaps of its service, account and region. */
  gapsFor(node: GraphNode, service: string): Gap[] {
    return this.gaps.filter(
      (g) =>
        g.resource === node.id ||
        (g.resource === undefined && g.service === service && g.account === node.account && (g.region === node.region || g.region === '')),
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical order of edges: from, kind, to, then the field that held the reference. */
export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return compare(a.from, b.from) || compare(a.kind, b.kind) || compare(a.to, b.to) || compare(a.via?.field ?? '', b.via?.field ?? '');
}

function compareGaps(a: Gap, b: Gap): number {
  return (
    compare(a.account, b.account) ||
    compare(a.region, b.region) ||
    compare(a.service, b.service) ||
    compare(a.operation, b.operation) ||
    compare(a.resource ?? '', b.resource ?? '') ||
    compare(a.code, b.code) ||
    compare(a.message, b.message)
  );
}
