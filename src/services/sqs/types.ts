/**
 * What Amazon SQS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface SqsTypes {
  name: 'sqs';
  nodes: { 'sqs.queue': SqsQueueAttributes };
  edges: { 'encrypted-by': true };
  seed: SqsDefinition;
}

/**
 * A queue's server-side encryption, from `GetQueueAttributes`. SQS offers one of two kinds
 * per queue: SSE-KMS (`KmsMasterKeyId`, encryptionMode `kms`) or SSE-SQS
 * (`SqsManagedSseEnabled`, keys owned by SQS: encryptionMode `aws-owned`); neither is `none`.
 */
export type SqsQueueAttributes = DataResourceAttributes & {
  queueName: string;
  /** As `ListQueues` returned it. */
  queueUrl: string;
  /** A FIFO queue (its name ends in `.fifo`). */
  fifo: boolean;
  /**
   * `SqsManagedSseEnabled` as answered. AWS allows only one kind of server-side encryption
   * per queue, so next to a KMS key it is `false`; an emulator may still say `true` there,
   * which is why `encryptionMode` looks at the key first.
   */
  sqsManagedSseEnabled?: boolean;
  /** `KmsMasterKeyId` as answered (key id, key ARN, alias name or alias ARN); null when the queue names no KMS key. */
  kmsKeyId?: string | null;
  /** How long SQS reuses a data key before asking KMS again, in seconds (SSE-KMS queues only). */
  kmsDataKeyReusePeriodSeconds?: number;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface QueueDefinition {
  /** The queue name (`.fifo` at the end makes a FIFO queue). */
  name: string;
  region: string;
  /** SSE-KMS with this key (`@ref`, key id, key ARN, alias name such as `alias/aws/sqs`). */
  kmsKey?: string;
  /** SSE-SQS; default true when no `kmsKey` is given (the default of new queues), false makes an unencrypted queue. */
  sqsManagedSse?: boolean;
  tags?: Record<string, string>;
}

export interface SqsDefinition {
  queues?: QueueDefinition[];
}
