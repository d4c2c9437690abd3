/**
 * What the engine knows about the graph's shape: which node types each edge kind joins,
 * and which collection service produces each node type. Traversals use it to tell whether
 * a gap may hide related nodes, and the rule loader to check attribute paths.
 */
import type { EdgeKind, NodeType, Service } from '../graph/types.ts';

const DATA_RESOURCES: NodeType[] = [
  's3.bucket',
  'ec2.volume',
  'ec2.snapshot',
  'rds.instance',
  'rds.cluster',
  'rds.snapshot',
  'rds.cluster-snapshot',
  'cloudtrail.trail',
];

interface EdgeEnds {
  from: NodeType[];
  to: NodeType[];
}

/**
 * For each edge kind that a collector produces: the node types at its source and at its
 * target (`external` stands for anything not collected). Rules may traverse only these.
 */
export const EDGE_ENDS = {
  'encrypted-by': { from: DATA_RESOURCES, to: ['kms.key', 'external'] },
  'default-key': { from: ['ec2.ebs-defaults'], to: ['kms.key', 'external'] },
  'replica-encrypted-by': { from: ['s3.bucket'], to: ['kms.key', 'external'] },
  'alias-of': { from: ['kms.alias'], to: ['kms.key', 'external'] },
  'replicates-to': { from: ['s3.bucket'], to: ['s3.bucket', 'external'] },
  'replica-of': { from: ['kms.key'], to: ['kms.key', 'external'] },
  'snapshot-of': {
    from: ['ec2.snapshot', 'rds.snapshot', 'rds.cluster-snapshot'],
    to: ['ec2.volume', 'rds.instance', 'rds.cluster', 'external'],
  },
  'logs-to': { from: ['cloudtrail.trail'], to: ['s3.bucket', 'external'] },
  'logged-by': { from: ['cloudtrail.region'], to: ['cloudtrail.trail', 'external'] },
} satisfies Partial<Record<EdgeKind, EdgeEnds>>;

/** The edge kinds a rule may traverse. */
export type RuleEdgeKind = keyof typeof EDGE_ENDS;
export const RULE_EDGE_KINDS = Object.keys(EDGE_ENDS) as RuleEdgeKind[];

/** The collector (service) that produces nodes of each type; undefined for `external`. */
export function serviceOfType(type: NodeType): Service | undefined {
  if (type === 'external') return undefined;
  const prefix = type.slice(0, type.indexOf('.'));
  return prefix === 'ec2' ? 'ebs' : (prefix as Service);
}

/** The node types a traversal can reach: the edge kinds' other ends. */
export function reachableTypes(kinds: readonly RuleEdgeKind[], direction: 'out' | 'in'): NodeType[] {
  const set = new Set<NodeType>();
  for (const kind of kinds) for (const t of direction === 'out' ? EDGE_ENDS[kind].to : EDGE_ENDS[kind].from) set.add(t as NodeType);
  return [...set];
}
