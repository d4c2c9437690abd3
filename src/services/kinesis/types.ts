/**
 * What Amazon Kinesis Data Streams adds to the graph, at the type level (checked against its
 * declaration, `index.ts`): its node types' attributes, the kinds of its edges, and its part
 * of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface KinesisTypes {
  name: 'kinesis';
  nodes: { 'kinesis.stream': KinesisStreamAttributes };
  edges: { 'encrypted-by': true };
  seed: KinesisStreamDefinition[];
}

export type KinesisStreamAttributes = DataResourceAttributes & {
  streamName: string;
  /** `CREATING`, `DELETING`, `ACTIVE`, `UPDATING`. */
  streamStatus?: string;
  /** `EncryptionType`: `NONE` or `KMS` (server-side encryption with a KMS key). */
  encryptionType?: string;
  /**
   * `KeyId` as Kinesis returned it: a key id, a key ARN, an alias name or an alias ARN
   * (`alias/aws/kinesis` for the AWS managed key). Null when the stream is not encrypted.
   */
  kmsKeyId?: string | null;
  /** `PROVISIONED` or `ON_DEMAND`. */
  streamMode?: string;
  openShardCount?: number;
  retentionPeriodHours?: number;
  streamCreationTimestamp?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface KinesisStreamDefinition {
  name: string;
  region: string;
  /** The key that encrypts the stream (`@ref`, key id, key ARN, alias name or `alias/aws/kinesis`); none: not encrypted. */
  kmsKey?: string;
  /** Default 1. */
  shardCount?: number;
}
