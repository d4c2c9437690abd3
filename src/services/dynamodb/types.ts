/**
 * What Amazon DynamoDB adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface DynamoDbTypes {
  name: 'dynamodb';
  nodes: { 'dynamodb.table': DynamoDbTableAttributes };
  edges: { 'encrypted-by': true; 'replica-encrypted-by': true };
  seed: DynamoDbTableDefinition[];
}

/** One replica of a global table (version 2019.11.21), as `DescribeTable` lists it. */
export type DynamoDbReplica = {
  region: string;
  /** `CREATING`, `ACTIVE`, `INACCESSIBLE_ENCRYPTION_CREDENTIALS`, ... */
  status?: string;
  /** The replica's KMS key as AWS returned it; null when DynamoDB names none (the AWS owned key). */
  kmsKeyId: string | null;
};

export type DynamoDbTableAttributes = DataResourceAttributes & {
  tableName: string;
  /** `ACTIVE`, `CREATING`, `UPDATING`, `DELETING`, `ARCHIVING`, `ARCHIVED`, `INACCESSIBLE_ENCRYPTION_CREDENTIALS`. */
  tableStatus?: string;
  /**
   * `SSEDescription.SSEType`: `KMS` for a KMS key (AWS managed `aws/dynamodb` or customer
   * managed); null when DynamoDB returns no `SSEDescription`, which means the AWS owned key.
   */
  sseType?: string | null;
  /** `SSEDescription.Status` (`ENABLED`, `UPDATING`, ...); null without an `SSEDescription`. */
  sseStatus?: string | null;
  /**
   * `SSEDescription.KMSMasterKeyArn` as returned; null when the table uses the AWS owned key
   * (no KMS key), absent when it uses a KMS key and DynamoDB names none.
   */
  kmsKeyId?: string | null;
  /** When DynamoDB lost access to the table's KMS key (`SSEDescription.InaccessibleEncryptionDateTime`). */
  inaccessibleEncryptionDateTime?: string;
  /** `2019.11.21` or `2017.11.29` for a global table; null for a table that is not one. */
  globalTableVersion?: string | null;
  /** The global table's other replicas, each with its own key ([] for a table that is not global). */
  replicas?: DynamoDbReplica[];
  billingMode?: string;
  deletionProtectionEnabled?: boolean;
  creationDateTime?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface DynamoDbTableDefinition {
  name: string;
  region: string;
  /**
   * The table's key: `aws-owned` (the default), `aws-managed` (the AWS managed key
   * `aws/dynamodb`), or a customer managed key (`@ref`, key id, key ARN or alias).
   */
  key?: string;
}
