/**
 * Amazon SNS, per region: every topic (`ListTopics`) and its server-side encryption key
 * (`GetTopicAttributes`, one call per topic: the listing returns ARNs only).
 *
 * Quotas: the SNS API Reference, `ListTopics`: "This action is throttled at 30 transactions
 * per second (TPS)". For `GetTopicAttributes` the API Reference states no rate; the General
 * Reference page "Amazon Simple Notification Service endpoints and quotas" (sns.html) lists
 * API rates per Region, which could not be checked here: not paced (the SDK's adaptive
 * retries handle throttling).
 *
 * Call model: `ListTopics` answers up to 100 topics a page and takes no page size; then one
 * `GetTopicAttributes` per topic.
 */
import { defineService, pages, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { SnsTypes } from './types.ts';

export interface SnsCensus extends Census {
  service: 'sns';
  topics: number;
}

/**
 * Attribute calls in flight at once per region: no rate is documented for them, so the
 * detail phase is bound by round trips, topics / ATTRIBUTE_CONCURRENCY of them one after the other.
 */
export const ATTRIBUTE_CONCURRENCY = 16;

/** `ListTopics` returns up to 100 topics per page; the API has no page-size parameter (SNS API Reference). */
export const PAGE_SIZES = { topics: 100 } as const;

export const sns = defineService<SnsTypes, SnsCensus>({
  name: 'sns',
  title: 'Amazon SNS',
  scope: 'regional',
  api: { client: 'sns', protocol: 'query' },
  nodeTypes: {
    'sns.topic': { title: 'SNS topic', dataResource: true, asffType: 'AwsSnsTopic' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['sns.topic'], to: ['kms.key'] },
  },
  actions: ['sns:ListTopics', 'sns:GetTopicAttributes'],
  quotas: { 'sns:ListTopics': perSecond(30) },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListTopics', calls: pages(c.topics, PAGE_SIZES.topics), phase: 'list' },
    { operation: 'GetTopicAttributes', calls: c.topics, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: pages(c.topics, PAGE_SIZES.topics), detail: Math.ceil(c.topics / ATTRIBUTE_CONCURRENCY) }),
  collector: async () => (await import('./collector.ts')).snsCollector,
  seeder: async () => (await import('./seed.ts')).seedSns,
});
