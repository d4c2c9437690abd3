/**
 * SQS, per region: `ListQueues` at the maximum page size is the listing phase; one
 * `GetQueueAttributes` per queue (only the encryption attributes and the ARN) is the
 * detail phase. A failed attribute call leaves that queue's encryption unknown.
 */
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { list, obj, str } from '../../collect/responses.ts';
import { ATTRIBUTE_CONCURRENCY, PAGE_SIZES, sqs } from './index.ts';
import { QUEUE_ATTRIBUTE_NAMES, mapQueue, queueArnFromUrl, type SqsScope } from './map.ts';

export const sqsCollector: Collector = phasedCollector({
  service: sqs.name,
  scope: sqs.scope,
  responses: {
    'sqs:ListQueues': obj({ QueueUrls: list(str), NextToken: str }),
    'sqs:GetQueueAttributes': obj({ Attributes: { type: 'object', additionalProperties: str } }),
  },
  list: listSqs,
});

async function listSqs(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(SQSClient);
  const scope: SqsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  // MaxResults is required for SQS to answer a NextToken at all.
  const queues = await ctx.paginate(client, {
    command: (token) => new ListQueuesCommand({ MaxResults: PAGE_SIZES.queues, NextToken: token }),
    next: (p) => p.NextToken,
    items: (p) => p.QueueUrls,
  });
  // A listing that failed part-way keeps the queues of the pages it read.
  const urls = [...new Set(queues.value)];
  return {
    census: { service: 'sqs', queues: urls.length },
    details: async () => {
      await mapConcurrent(urls, ATTRIBUTE_CONCURRENCY, async (url) => {
        const answer = await ctx.send(
          client,
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...QUEUE_ATTRIBUTE_NAMES] }),
          { resource: queueArnFromUrl(scope, url) },
        );
        ctx.add(mapQueue(scope, url, answer.ok ? (answer.value.Attributes ?? {}) : undefined));
      });
    },
  };
}
