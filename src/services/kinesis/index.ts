/**
 * Amazon Kinesis Data Streams, per region: streams (`ListStreams`) and the encryption of each
 * (`DescribeStreamSummary`, one call per stream: the listing does not say how a stream is
 * encrypted).
 *
 * Quotas: Amazon Kinesis Data Streams API Reference, ListStreams ("ListStreams has a limit of
 * five transactions per second per account") and DescribeStreamSummary ("DescribeStreamSummary
 * has a limit of 20 transactions per second per account"), paced per account and region as
 * every quota here is.
 *
 * Call model: the listing pages (`ListStreams`, 100 names a page, sequential), then one
 * `DescribeStreamSummary` per stream, DESCRIBE_CONCURRENCY at once.
 *
 * The SDK's Kinesis client speaks HTTP/2 by default; a scan's clients all use the scanner's
 * own HTTP/1.1 handler (`src/collect/http-handler.ts`), which Kinesis's control plane
 * (ListStreams, DescribeStreamSummary) answers, as the emulator does.
 */
import { defineService, pages, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { KinesisTypes } from './types.ts';

export interface KinesisCensus extends Census {
  service: 'kinesis';
  streams: number;
}

/** `ListStreams` returns at most 100 streams per page whatever `Limit` asks (Kinesis API Reference, ListStreams `Limit`). */
export const PAGE_SIZES = { streams: 100 } as const;

/** DescribeStreamSummary calls in flight at once per region (the quota is 20 a second). */
export const DESCRIBE_CONCURRENCY = 8;

export const kinesis = defineService<KinesisTypes, KinesisCensus>({
  name: 'kinesis',
  title: 'Amazon Kinesis Data Streams',
  scope: 'regional',
  api: { client: 'kinesis', protocol: 'json' },
  nodeTypes: {
    'kinesis.stream': { title: 'Kinesis data stream', dataResource: true, asffType: 'AwsKinesisStream' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['kinesis.stream'], to: ['kms.key'] },
  },
  actions: ['kinesis:ListStreams', 'kinesis:DescribeStreamSummary'],
  quotas: {
    'kinesis:ListStreams': perSecond(5),
    'kinesis:DescribeStreamSummary': perSecond(20),
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListStreams', calls: pages(c.streams, PAGE_SIZES.streams), phase: 'list' },
    { operation: 'DescribeStreamSummary', calls: c.streams, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: pages(c.streams, PAGE_SIZES.streams), detail: Math.ceil(c.streams / DESCRIBE_CONCURRENCY) }),
  collector: async () => (await import('./collector.ts')).kinesisCollector,
  seeder: async () => (await import('./seed.ts')).seedKinesis,
});
