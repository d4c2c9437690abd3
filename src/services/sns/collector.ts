/**
 * SNS, per region: `ListTopics` (100 topics a page) is the listing phase; one
 * `GetTopicAttributes` per topic is the detail phase. A failed attribute call leaves that
 * topic's encryption unknown.
 */
import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { list, obj, str } from '../../collect/responses.ts';
import { ATTRIBUTE_CONCURRENCY, sns } from './index.ts';
import { mapTopic, type SnsScope } from './map.ts';

export const snsCollector: Collector = phasedCollector({
  service: sns.name,
  scope: sns.scope,
  responses: {
    'sns:ListTopics': obj({ Topics: list(obj({ TopicArn: str }, ['TopicArn'])), NextToken: str }),
    'sns:GetTopicAttributes': obj({ Attributes: { type: 'object', additionalProperties: str } }),
  },
  list: listSns,
});

async function listSns(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(SNSClient);
  const scope: SnsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const topics = await ctx.paginate(client, {
    command: (token) => new ListTopicsCommand({ NextToken: token }),
    next: (p) => p.NextToken,
    items: (p) => p.Topics,
  });
  // A listing that failed part-way keeps the topics of the pages it read.
  const arns = [...new Set(topics.value.map((t) => t.TopicArn ?? '').filter((a) => a !== ''))];
  return {
    census: { service: 'sns', topics: arns.length },
    details: async () => {
      await mapConcurrent(arns, ATTRIBUTE_CONCURRENCY, async (arn) => {
        const answer = await ctx.send(client, new GetTopicAttributesCommand({ TopicArn: arn }), { resource: arn });
        ctx.add(mapTopic(scope, arn, answer.ok ? (answer.value.Attributes ?? {}) : undefined));
      });
    },
  };
}
