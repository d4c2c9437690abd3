/**
 * The resource graph: nodes (resources and account/region-level settings), edges between
 * them, and collection gaps. The shapes of each node type's attributes are in
 * `attributes.ts`; the JSON Schema of a serialized graph is `schemas/snapshot.schema.json`.
 */

export const NODE_TYPES = [
  'kms.key',
  'kms.alias',
  'acm.certificate',
  's3.bucket',
  'ec2.volume',
  'ec2.snapshot',
  'ec2.ebs-defaults',
  'rds.instance',
  'rds.cluster',
  'rds.snapshot',
  'rds.cluster-snapshot',
  'cloudtrail.trail',
  'cloudtrail.region',
  /** A resource referenced by a collected one but not itself collected. */
  'external',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_KINDS = [
  /** data resource -> the KMS key that encrypts it */
  'encrypted-by',
  /** account/region setting -> the KMS key used by default for new resources */
  'default-key',
  /** S3 replication rule: source bucket -> KMS key for the replicas in the destination */
  'replica-encrypted-by',
  /** kms.alias -> kms.key */
  'alias-of',
  /** S3 bucket -> replication destination bucket */
  'replicates-to',
  /** multi-region replica key -> its primary key */
  'replica-of',
  /** consumer -> ACM certificate */
  'uses-certificate',
  /** snapshot -> the volume, instance or cluster it was taken from */
  'snapshot-of',
  /** CloudTrail trail -> the S3 bucket that receives its log files */
  'logs-to',
  /** cloudtrail.region -> a trail that logs that region */
  'logged-by',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface GraphNode<A extends object = Record<string, unknown>> {
  /** Canonical ARN (a KMS key by key ARN, never by alias) or a synthetic ARN of the same shape. */
  id: string;
  type: NodeType;
  account: string;
  /** The node's region; '' for global resources with no region. */
  region: string;
  name: string;
  tags: Record<string, string>;
  attributes: A;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Where the reference came from: the raw value AWS returned and the field that held it. */
  via?: { ref: string; field: string };
}

/** Something the scan could not read. Rules whose data it hides yield `unknown`. */
export interface Gap {
  account: string;
  /** '' for global calls. */
  region: string;
  service: string;
  operation: string;
  /** AWS error code (`AccessDeniedException`, `OptInRequired`, ...) or one of ours (`NonAwsResponse`, `Interrupted`). */
  code: string;
  message: string;
  /** The resource whose data is missing, when the gap concerns one resource only. */
  resource?: string;
}

/** The services the scanner knows, as named on the command line. */
export const SERVICES = ['kms', 'acm', 's3', 'ebs', 'rds', 'cloudtrail'] as const;
export type Service = (typeof SERVICES)[number];

export function isService(value: string): value is Service {
  return (SERVICES as readonly string[]).includes(value);
}
