/**
 * Kinesis Data Streams, per region: the listing phase pages through `ListStreams` (names);
 * the detail phase describes each stream (`DescribeStreamSummary`), whose `EncryptionType`
 * and `KeyId` say how it is encrypted. A stream whose description fails is still a node,
 * with its name only: the gap names it, and its encryption is unknown.
 *
 * Paging: AWS gives a `NextToken` with `HasMoreStreams`; the API also documents
 * `ExclusiveStartStreamName`, which the listing uses when a page says more streams follow
 * but gives no token (the emulator's answer).
 */
import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, date, list, num, obj, str } from '../../collect/responses.ts';
import { DESCRIBE_CONCURRENCY, kinesis, PAGE_SIZES } from './index.ts';
import { mapStream, streamArn, unreadStream, type KinesisScope } from './map.ts';

export const kinesisCollector: Collector = phasedCollector({
  service: kinesis.name,
  scope: kinesis.scope,
  responses: {
    'kinesis:ListStreams': obj({ StreamNames: list(str), HasMoreStreams: bool, NextToken: str }, ['StreamNames', 'HasMoreStreams']),
    'kinesis:DescribeStreamSummary': obj(
      {
        StreamDescriptionSummary: obj(
          {
            StreamName: str,
            StreamARN: str,
            StreamStatus: str,
            EncryptionType: str,
            KeyId: str,
            OpenShardCount: num,
            RetentionPeriodHours: num,
            StreamCreationTimestamp: date,
          },
          ['StreamName', 'StreamARN'],
        ),
      },
      ['StreamDescriptionSummary'],
    ),
  },
  list: listStreams,
});

async function listStreams(ctx: CollectContext): Promise<Listing> {
  const scope: KinesisScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const client = ctx.client(KinesisClient);
  // Markers that are stream names (`ExclusiveStartStreamName`) rather than tokens (`NextToken`).
  const startNames = new Set<string>();
  // A listing that failed part-way keeps the streams of the pages it read.
  const names = await ctx.paginate(client, {
    command: (marker) =>
      new ListStreamsCommand({
        Limit: PAGE_SIZES.streams,
        ...(marker === undefined ? {} : startNames.has(marker) ? { ExclusiveStartStreamName: marker } : { NextToken: marker }),
      }),
    next: (page) => {
      if (page.NextToken) return page.NextToken;
      const last = page.StreamNames?.at(-1);
      if (page.HasMoreStreams !== true || last === undefined) return undefined;
      startNames.add(last);
      return last;
    },
    items: (page) => page.StreamNames,
    truncated: (page) => page.HasMoreStreams,
  });
  const streams = [...new Set(names.value)];
  return {
    census: { service: 'kinesis', streams: streams.length },
    details: async () => {
      await mapConcurrent(streams, DESCRIBE_CONCURRENCY, async (name) => {
        const described = await ctx.send(client, new DescribeStreamSummaryCommand({ StreamName: name }), {
          resource: streamArn(scope, name),
        });
        // Without the description the stream still exists: its name is all that is known.
        const summary = described.ok ? described.value.StreamDescriptionSummary : undefined;
        ctx.add(summary ? mapStream(scope, summary) : unreadStream(scope, name));
      });
    },
  };
}
