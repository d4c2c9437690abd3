/**
 * What Amazon CloudWatch Logs adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface LogsTypes {
  name: 'logs';
  nodes: { 'logs.log-group': LogsLogGroupAttributes };
  edges: { 'encrypted-by': true };
  seed: LogGroupDefinition[];
}

/**
 * A CloudWatch Logs log group (`logs.log-group`, id: the log group ARN without the `:*`
 * suffix). Log data is always encrypted at rest: with the KMS key associated with the group
 * (`encryptionMode` `kms`), otherwise by CloudWatch Logs itself (`aws-owned`).
 */
export type LogsLogGroupAttributes = DataResourceAttributes & {
  logGroupName: string;
  /** As DescribeLogGroups returned it (a key ARN); null when no KMS key is associated with the group. */
  kmsKeyId?: string | null;
  /** Days log events are kept; null when they never expire. */
  retentionInDays?: number | null;
  /** `STANDARD`, `INFREQUENT_ACCESS` or `DELIVERY`. */
  logGroupClass?: string;
  /** Whether a data protection policy masks sensitive data (`ACTIVATED`, `DELETED`, `ARCHIVED`, `DISABLED`). */
  dataProtectionStatus?: string;
  creationTime?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** A log group, created with its key (the emulator lacks AssociateKmsKey). */
export interface LogGroupDefinition {
  name: string;
  region: string;
  /** The KMS key (`@ref` of a declared key, or a key ARN); none: encrypted by CloudWatch Logs. */
  kmsKey?: string;
  retentionInDays?: number;
  tags?: Record<string, string>;
}
