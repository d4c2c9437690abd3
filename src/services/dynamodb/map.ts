/**
 * Pure mapping of DynamoDB `DescribeTable` answers to graph nodes and pending edges. No I/O.
 */
import type { ReplicaDescription, SSEDescription, TableDescription } from '@aws-sdk/client-dynamodb';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { DynamoDbReplica, DynamoDbTableAttributes } from './types.ts';

export interface DynamoDbScope {
  partition: string;
  account: string;
  region: string;
}

/** The ARN of a table, for a table whose answer named none (and for the gap of a failed DescribeTable). */
export function tableArn(scope: DynamoDbScope, tableName: string): string {
  return `arn:${scope.partition}:dynamodb:${scope.region}:${scope.account}:table/${tableName}`;
}

/**
 * How a table is encrypted. DynamoDB always encrypts: no `SSEDescription` means the AWS owned
 * key; `SSEType: KMS` a KMS key (AWS managed `aws/dynamodb` or customer managed); the legacy
 * `AES256` type and a `DISABLED` status, the AWS owned key again. Anything else is not known.
 */
export function dynamoDbEncryptionMode(sse: SSEDescription | undefined): EncryptionMode | undefined {
  if (sse === undefined) return 'aws-owned';
  if (sse.Status === 'DISABLED' || sse.SSEType === 'AES256') return 'aws-owned';
  if (sse.SSEType === 'KMS') return 'kms';
  return undefined;
}

function replica(r: ReplicaDescription): DynamoDbReplica | undefined {
  if (r.RegionName === undefined || r.RegionName === '') return undefined;
  return compact({ region: r.RegionName, status: r.ReplicaStatus, kmsKeyId: r.KMSMasterKeyId || null });
}

export function mapTable(scope: DynamoDbScope, t: TableDescription): { node: GraphNode<DynamoDbTableAttributes>; edges: PendingEdge[] } {
  const tableName = t.TableName ?? '';
  const id = t.TableArn ?? tableArn(scope, tableName);
  const sse = t.SSEDescription;
  const encryptionMode = dynamoDbEncryptionMode(sse);
  const key = sse?.KMSMasterKeyArn || undefined;
  // The table's own region is its own key; the others are its replicas'.
  const replicas = (t.Replicas ?? []).map(replica).filter((r): r is DynamoDbReplica => r !== undefined && r.region !== scope.region);
  const attributes: DynamoDbTableAttributes = compact({
    tableName,
    encryptionMode,
    tableStatus: t.TableStatus,
    sseType: sse === undefined ? null : sse.SSEType,
    sseStatus: sse === undefined ? null : sse.Status,
    kmsKeyId: key ?? (encryptionMode === 'aws-owned' ? null : undefined),
    inaccessibleEncryptionDateTime: iso(sse?.InaccessibleEncryptionDateTime),
    globalTableVersion: t.GlobalTableVersion ?? null,
    replicas: replicas.sort((a, b) => a.region.localeCompare(b.region)),
    billingMode: t.BillingModeSummary?.BillingMode,
    deletionProtectionEnabled: t.DeletionProtectionEnabled,
    creationDateTime: iso(t.CreationDateTime),
  });
  const edges: PendingEdge[] = [];
  if (key !== undefined && encryptionMode === 'kms') {
    edges.push({
      from: id,
      kind: 'encrypted-by',
      field: 'Table.SSEDescription.KMSMasterKeyArn',
      ref: key,
      target: keyTarget(scope, scope.region),
    });
  }
  for (const r of replicas) {
    if (r.kmsKeyId === null) continue;
    edges.push({
      from: id,
      kind: 'replica-encrypted-by',
      field: 'Table.Replicas[].KMSMasterKeyId',
      ref: r.kmsKeyId,
      target: keyTarget(scope, r.region),
    });
  }
  return { node: resourceNode(scope, 'dynamodb.table', id, tableName, {}, attributes), edges };
}

/** A key reference read in `region` (a replica's key id or alias is relative to the replica's region). */
function keyTarget(scope: DynamoDbScope, region: string): PendingEdge['target'] {
  return { kind: 'kms-key', context: { partition: scope.partition, account: scope.account, region } };
}

/** A listed table whose description could not be read: its name, and nothing that was not read. */
export function unreadTable(scope: DynamoDbScope, tableName: string): { node: GraphNode<DynamoDbTableAttributes>; edges: PendingEdge[] } {
  return { node: resourceNode(scope, 'dynamodb.table', tableArn(scope, tableName), tableName, {}, { tableName }), edges: [] };
}
