/**
 * Amazon SQS, per region: every queue (`ListQueues`) and its server-side encryption
 * (`GetQueueAttributes`, one call per queue: the listing returns URLs only).
 *
 * Quotas: the Amazon SQS Developer Guide, "Amazon SQS quotas", page "Quotas related to queues"
 * (quotas-queues.html), documents 1,000 queues per `ListQueues` answer but no request rate
 * for `ListQueues` or `GetQueueAttributes` (its throughput quotas are for sending,
 * receiving and deleting messages). Not documented, so not paced: the SDK's adaptive
 * retries handle any throttling.
 *
 * Call model: `ListQueues` pages of 1,000 (the API's maximum; without `MaxResults` SQS
 * returns no `NextToken` at all), then one `GetQueueAttributes` per queue.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { SqsTypes } from './types.ts';

export interface SqsCensus extends Census {
  service: 'sqs';
  queues: number;
}

/**
 * Attribute calls in flight at once per region: no rate is documented for them, so the
 * detail phase is bound by round trips, queues / ATTRIBUTE_CONCURRENCY of them one after the other.
 */
export const ATTRIBUTE_CONCURRENCY = 16;

/** `ListQueues` `MaxResults`: 1 to 1,000 (SQS API Reference). */
export const PAGE_SIZES = { queues: 1000 } as const;

export const sqs = defineService<SqsTypes, SqsCensus>({
  name: 'sqs',
  title: 'Amazon SQS',
  scope: 'regional',
  api: { client: 'sqs', protocol: 'json' },
  nodeTypes: {
    'sqs.queue': { title: 'SQS queue', dataResource: true, asffType: 'AwsSqsQueue' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['sqs.queue'], to: ['kms.key'] },
  },
  actions: ['sqs:ListQueues', 'sqs:GetQueueAttributes'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListQueues', calls: pages(c.queues, PAGE_SIZES.queues), phase: 'list' },
    { operation: 'GetQueueAttributes', calls: c.queues, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: pages(c.queues, PAGE_SIZES.queues), detail: Math.ceil(c.queues / ATTRIBUTE_CONCURRENCY) }),
  collector: async () => (await import('./collector.ts')).sqsCollector,
  seeder: async () => (await import('./seed.ts')).seedSqs,
});
