/**
 * CloudWatch Logs, per region: every log group, with its KMS key, from DescribeLogGroups
 * at the largest page size. The newer ListLogGroups would do as well, but emulators lack it.
 */
import { DescribeLogGroupsCommand, CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { listing, num, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, logs } from './index.ts';
import { mapLogGroup, type LogsScope } from './map.ts';

export const logsCollector: Collector = phasedCollector({
  service: logs.name,
  scope: logs.scope,
  responses: {
    'logs:DescribeLogGroups': listing(
      'logGroups',
      obj({ logGroupName: str, arn: str, logGroupArn: str, kmsKeyId: str, retentionInDays: num, creationTime: num }, ['logGroupName']),
      { nextToken: str },
    ),
  },
  list: listLogGroups,
});

async function listLogGroups(ctx: CollectContext): Promise<Listing> {
  const scope: LogsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const groups = await ctx.paginate(ctx.client(CloudWatchLogsClient), {
    command: (token) => new DescribeLogGroupsCommand({ limit: PAGE_SIZES.logGroups, nextToken: token }),
    next: (p) => p.nextToken,
    items: (p) => p.logGroups,
  });
  // A listing that failed part-way keeps the groups of the pages it read.
  for (const group of groups.value) ctx.add(mapLogGroup(scope, group));
  return { census: { service: 'logs', logGroups: groups.value.length }, details: async () => {} };
}
