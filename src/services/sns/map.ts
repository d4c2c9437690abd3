/**
 * Pure mapping of SNS API responses to graph nodes and pending edges. No I/O.
 */
import { parseArn } from '../../graph/arn.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import type { SnsTopicAttributes } from './types.ts';

export interface SnsScope {
  partition: string;
  account: string;
  region: string;
}

/** The topic name: the last part of its ARN. */
export function topicName(topicArn: string): string {
  return parseArn(topicArn)?.resource ?? topicArn;
}

/**
 * One topic, listed by `ListTopics`. `attributes` is what `GetTopicAttributes` answered, or
 * undefined when the call failed: the topic is still a node, its encryption unknown. Only
 * the key is read from the answer (the topic's policy is not analysed here).
 */
export function mapTopic(
  scope: SnsScope,
  topicArn: string,
  attributes: Readonly<Record<string, string>> | undefined,
): { node: GraphNode<SnsTopicAttributes>; edges: PendingEdge[] } {
  const name = topicName(topicArn);
  const key = attributes?.['KmsMasterKeyId'];
  const kmsKey = key === undefined || key === '' ? undefined : key;
  const node = resourceNode(
    scope,
    'sns.topic',
    topicArn,
    name,
    {},
    compact<SnsTopicAttributes>({
      topicName: name,
      fifo: name.endsWith('.fifo'),
      encryptionMode: attributes === undefined ? undefined : kmsKey === undefined ? 'none' : 'kms',
      kmsKeyId: attributes === undefined ? undefined : (kmsKey ?? null),
    }),
  );
  const edges: PendingEdge[] =
    kmsKey === undefined
      ? []
      : [
          {
            from: topicArn,
            kind: 'encrypted-by',
            field: 'Attributes.KmsMasterKeyId',
            ref: kmsKey,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ];
  return { node, edges };
}
