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

/** For each edge kind: the node types at its source and at its target (`external` stands for anything not collected). */
export const EDGE_ENDS: Record<EdgeKind, { from: NodeType[]; to: NodeType[] }> = {
  'encrypted-by': { from: DATA_RESOURCES, to: ['kms.key', 'external'] },
  'default-key': { from: ['ec2.ebs-defaults'], to: ['kms.key', 'external'] },
  'replica-encrypted-by': { from: ['s3.bucket'], to: ['kms.key', 'external'] },
  'alias-of': { from: ['kms.alias'], to: ['kms.key', 'external'] },
  'replicates-to': { from: ['s3.bucket'], to: ['s3.bucket', 'external'] },
  'replica-of': { from: ['kms.key'], to: ['kms.key', 'external'] },
  'uses-certificate': { from: [], to: ['acm.certificate', 'external'] },
  'snapshot-of': {
    from: ['ec2.snapshot', 'rds.snapshot', 'rds.cluster-snapshot'],
    to: ['ec2.volume', 'rds.instance', 'rds.cluster', 'external'],
  },
  'logs-to': { from: ['cloudtrail.trail'], to: ['s3.bucket', 'external'] },
  'logged-by': { from: ['cloudtrail.region'], to: ['cloudtrail.trail', 'external'] },
};

/** The collector (service) that produces nodes of each type; undefined for `external`. */
export function serviceOfType(type: NodeType): Service | undefined {
  if (type === 'external') return undefined;
  const prefix = type.slice(0, type.indexOf('.'));
  return prefix === 'ec2' ? 'ebs' : (prefix as Service);
}

/** The node types a traversal can reach: the edge kinds' other ends, narrowed by `types` when given. */
export function reachableTypes(kinds: readonly EdgeKind[], direction: 'out' | 'in', types?: readonly NodeType[]): NodeType[] {
  const set = new Set<NodeType>();
  for (const kind of kinds) for (const t of direction === 'out' ? EDGE_ENDS[kind].to : EDGE_ENDS[kind].from) set.add(t);
  const reachable = [...set];
  return types ? reachable.filter((t) => types.includes(t)) : reachable;
}
