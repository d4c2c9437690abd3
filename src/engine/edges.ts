/**
 * What the engine knows about the graph's shape: which node types each edge kind joins,
 * and which collection service produces each node type. Traversals use it to tell whether
 * a gap may hide related nodes, and the rule loader to check attribute paths.
 */
import { EDGE_KINDS, type EdgeKind, type NodeType, type Service } from '../graph/types.ts';
import { SERVICE_LIST } from '../services/registry.ts';

interface EdgeEnds {
  from: NodeType[];
  to: NodeType[];
}

/**
 * For each edge kind that a service produces: the node types at its source and at its
 * target (`external` stands for anything not collected), merged from the service modules'
 * declarations in registry order. Rules may traverse only these.
 */
export const EDGE_ENDS: Readonly<Record<EdgeKind, EdgeEnds>> = (() => {
  const ends = {} as Record<EdgeKind, EdgeEnds>;
  for (const module of SERVICE_LIST) {
    for (const [kind, edge] of Object.entries(module.edges)) {
      const entry = (ends[kind as EdgeKind] ??= { from: [], to: [] });
      for (const t of edge.from) if (!entry.from.includes(t as NodeType)) entry.from.push(t as NodeType);
      for (const t of edge.to) if (!entry.to.includes(t as NodeType)) entry.to.push(t as NodeType);
    }
  }
  for (const entry of Object.values(ends)) entry.to.push('external');
  return ends;
})();

/** The edge kinds a rule may traverse. */
export type RuleEdgeKind = EdgeKind;
export const RULE_EDGE_KINDS: readonly RuleEdgeKind[] = EDGE_KINDS;

const SERVICE_OF_TYPE = new Map<string, Service>(
  SERVICE_LIST.flatMap((m) => Object.keys(m.nodeTypes).map((t) => [t, m.name as Service] as const)),
);

/** The collector (service) that produces nodes of each type; undefined for `external`. */
export function serviceOfType(type: NodeType): Service | undefined {
  return SERVICE_OF_TYPE.get(type);
}

/** The node types a traversal can reach: the edge kinds' other ends. */
export function reachableTypes(kinds: readonly RuleEdgeKind[], direction: 'out' | 'in'): NodeType[] {
  const set = new Set<NodeType>();
  for (const kind of kinds) for (const t of direction === 'out' ? EDGE_ENDS[kind].to : EDGE_ENDS[kind].from) set.add(t);
  return [...set];
}
