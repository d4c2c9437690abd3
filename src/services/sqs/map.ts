/**
 * Pure mapping of SQS API responses to graph nodes and pending edges. No I/O.
 */
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import type { SqsQueueAttributes } from './types.ts';

export interface SqsScope {
  partition: string;
  account: string;
  region: string;
}

/** The attributes the collector asks `GetQueueAttributes` for (never `All`: nothing else is needed). */
export const QUEUE_ATTRIBUTE_NAMES = ['QueueArn', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled'] as const;

/** A queue URL's last two path segments: the owning account and the queue name. */
export function queueUrlParts(url: string): { account: string | undefined; name: string } {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\/+$/, '');
  const segments = path.split('/').filter((s) => s !== '');
  const name = segments.at(-1) ?? url;
  const account = segments.at(-2);
  return { account: account !== undefined && /^\d{12}$/.test(account) ? account : undefined, name };
}

/** The ARN of a queue, from its URL (when `GetQueueAttributes` did not answer `QueueArn`). */
export function queueArnFromUrl(scope: SqsScope, url: string): string {
  const { account, name } = queueUrlParts(url);
  return `arn:${scope.partition}:sqs:${scope.region}:${account ?? scope.account}:${name}`;
}

/**
 * SSE-KMS when the queue names a key; otherwise SSE-SQS (keys owned by SQS) or nothing, as
 * `SqsManagedSseEnabled` says. AWS allows one kind per queue ("Only one server-side
 * encryption option is supported per queue", SQS API Reference, `CreateQueue`), so a key
 * decides even when an emulator also reports `SqsManagedSseEnabled: true`. Unknown when
 * neither attribute was answered.
 */
export function queueEncryptionMode(kmsKeyId: string | undefined, sqsManagedSse: string | undefined): EncryptionMode | undefined {
  if (kmsKeyId !== undefined && kmsKeyId !== '') return 'kms';
  if (sqsManagedSse === 'true') return 'aws-owned';
  if (sqsManagedSse === 'false') return 'none';
  return undefined;
}

const flag = (value: string | undefined): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

function seconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * One queue. `attributes` is what `GetQueueAttributes` answered, or undefined when the call
 * failed: the queue is still a node (its URL was listed), with its encryption unknown.
 */
export function mapQueue(
  scope: SqsScope,
  queueUrl: string,
  attributes: Readonly<Record<string, string>> | undefined,
): { node: GraphNode<SqsQueueAttributes>; edges: PendingEdge[] } {
  const { name } = queueUrlParts(queueUrl);
  const id = attributes?.['QueueArn'] || queueArnFromUrl(scope, queueUrl);
  const key = attributes?.['KmsMasterKeyId'];
  const kmsKey = key === undefined || key === '' ? undefined : key;
  const encryptionMode = attributes === undefined ? undefined : queueEncryptionMode(kmsKey, attributes['SqsManagedSseEnabled']);
  const node = resourceNode(
    scope,
    'sqs.queue',
    id,
    name,
    {},
    compact<SqsQueueAttributes>({
      queueName: name,
      queueUrl,
      fifo: name.endsWith('.fifo'),
      encryptionMode,
      sqsManagedSseEnabled: flag(attributes?.['SqsManagedSseEnabled']),
      // Read, and no key: null. Not read (or an answer that says nothing about encryption): absent.
      kmsKeyId: kmsKey ?? (encryptionMode === undefined ? undefined : null),
      kmsDataKeyReusePeriodSeconds: kmsKey === undefined ? undefined : seconds(attributes?.['KmsDataKeyReusePeriodSeconds']),
    }),
  );
  const edges: PendingEdge[] =
    kmsKey === undefined
      ? []
      : [
          {
            from: id,
            kind: 'encrypted-by',
            field: 'Attributes.KmsMasterKeyId',
            ref: kmsKey,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ];
  return { node, edges };
}
