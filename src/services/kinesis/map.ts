/**
 * Pure mapping of Kinesis `DescribeStreamSummary` answers to graph nodes and pending edges. No I/O.
 */
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import { resourceNode, type Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { KinesisStreamAttributes } from './types.ts';

export interface KinesisScope {
  partition: string;
  account: string;
  region: string;
}

/** The documented ARN of a stream, for a stream whose answer named none (and for the gap of a failed description). */
export function streamArn(scope: KinesisScope, streamName: string): string {
  return `arn:${scope.partition}:kinesis:${scope.region}:${scope.account}:stream/${streamName}`;
}

/** `KMS`: server-side encryption with a KMS key; `NONE`: none. Anything else is not known. */
export function kinesisEncryptionMode(encryptionType: string | undefined): EncryptionMode | undefined {
  if (encryptionType === 'KMS') return 'kms';
  if (encryptionType === 'NONE') return 'none';
  return undefined;
}

export function mapStream(scope: KinesisScope, s: StreamDescriptionSummary): Mapped<KinesisStreamAttributes> {
  const streamName = s.StreamName ?? '';
  const id = s.StreamARN || streamArn(scope, streamName);
  const encryptionMode = kinesisEncryptionMode(s.EncryptionType);
  const key = encryptionMode === 'kms' ? s.KeyId || undefined : undefined;
  const attributes: KinesisStreamAttributes = compact({
    streamName,
    encryptionMode,
    streamStatus: s.StreamStatus,
    encryptionType: s.EncryptionType,
    kmsKeyId: key ?? (encryptionMode === 'none' ? null : undefined),
    streamMode: s.StreamModeDetails?.StreamMode,
    openShardCount: s.OpenShardCount,
    retentionPeriodHours: s.RetentionPeriodHours,
    streamCreationTimestamp: iso(s.StreamCreationTimestamp),
  });
  const edges: PendingEdge[] =
    key === undefined
      ? []
      : [
          {
            from: id,
            kind: 'encrypted-by',
            field: 'StreamDescriptionSummary.KeyId',
            ref: key,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ];
  return { node: resourceNode(scope, 'kinesis.stream', id, streamName, {}, attributes), edges };
}

/** A listed stream whose description could not be read: its name, and nothing that was not read. */
export function unreadStream(scope: KinesisScope, streamName: string): Mapped<KinesisStreamAttributes> {
  return { node: resourceNode(scope, 'kinesis.stream', streamArn(scope, streamName), streamName, {}, { streamName }), edges: [] };
}
