/**
 * What Amazon SNS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface SnsTypes {
  name: 'sns';
  nodes: { 'sns.topic': SnsTopicAttributes };
  edges: { 'encrypted-by': true };
  seed: SnsDefinition;
}

/**
 * A topic's server-side encryption, from `GetTopicAttributes`: SNS encrypts stored messages
 * only with a KMS key (`KmsMasterKeyId`, encryptionMode `kms`); a topic without one is `none`.
 */
export type SnsTopicAttributes = DataResourceAttributes & {
  topicName: string;
  /** A FIFO topic (its name ends in `.fifo`). */
  fifo: boolean;
  /** `KmsMasterKeyId` as answered (key id, key ARN, alias name or alias ARN); null when the topic names no key. */
  kmsKeyId?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface TopicDefinition {
  /** The topic name (`.fifo` at the end makes a FIFO topic). */
  name: string;
  region: string;
  /** Server-side encryption with this key (`@ref`, key id, key ARN, alias name such as `alias/aws/sns`). */
  kmsKey?: string;
  tags?: Record<string, string>;
}

export interface SnsDefinition {
  topics?: TopicDefinition[];
}
