/** Small builders for graphs in unit tests. */
import type { CollectedData, PendingEdge } from '../../src/graph/build.ts';
import type { GraphNode, NodeType, Service } from '../../src/graph/types.ts';

export const OWNER = '111122223333';

export function node(type: NodeType, id: string, attributes: Record<string, unknown>, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, account: OWNER, region: 'eu-west-1', name: id.split(/[:/]/).pop() ?? id, tags: {}, attributes, ...extra };
}

export function kmsKey(keyId: string, attributes: Record<string, unknown> = {}, region = 'eu-west-1'): GraphNode {
  const arn = `arn:aws:kms:${region}:${OWNER}:key/${keyId}`;
  return node('kms.key', arn, { keyId, arn, keyManager: 'CUSTOMER', keyState: 'Enabled', origin: 'AWS_KMS', ...attributes }, { region });
}

export function keyRef(from: string, ref: string, kind: PendingEdge['kind'] = 'encrypted-by', region = 'eu-west-1'): PendingEdge {
  return { from, kind, ref, field: 'KmsKeyId', target: { kind: 'kms-key', context: { partition: 'aws', account: OWNER, region } } };
}

export function collected(nodes: GraphNode[], pending: PendingEdge[] = [], extra: Partial<CollectedData> = {}): CollectedData {
  const services: Service[] = ['kms', 'acm', 's3', 'ebs', 'rds', 'cloudtrail'];
  return { nodes, pending, gaps: [], scope: { accounts: [OWNER], regions: ['eu-west-1'], services }, ...extra };
}

export function s3Bucket(name: string, attributes: Record<string, unknown> = {}): GraphNode {
  return node('s3.bucket', `arn:aws:s3:::${name}`, attributes, { name });
}
