/**
 * ElastiCache, per region: two paged listings side by side, `DescribeReplicationGroups` and
 * `DescribeServerlessCaches`, whose answers hold each resource's encryption and key. There is
 * no detail phase. A listing that fails is a gap; the other still counts.
 */
import { DescribeReplicationGroupsCommand, DescribeServerlessCachesCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, list, listing, obj, str } from '../../collect/responses.ts';
import { elasticache, PAGE_SIZES } from './index.ts';
import { mapReplicationGroup, mapServerlessCache, type ElastiCacheScope } from './map.ts';

export const elasticacheCollector: Collector = phasedCollector({
  service: elasticache.name,
  scope: elasticache.scope,
  responses: {
    'elasticache:DescribeReplicationGroups': listing(
      'ReplicationGroups',
      obj(
        {
          ReplicationGroupId: str,
          ARN: str,
          AtRestEncryptionEnabled: bool,
          TransitEncryptionEnabled: bool,
          TransitEncryptionMode: str,
          KmsKeyId: str,
          MemberClusters: list(str),
        },
        ['ReplicationGroupId'],
      ),
      { Marker: str },
    ),
    'elasticache:DescribeServerlessCaches': listing(
      'ServerlessCaches',
      obj({ ServerlessCacheName: str, ARN: str, KmsKeyId: str, StorageEncryptionType: str }, ['ServerlessCacheName']),
      { NextToken: str },
    ),
  },
  list: listCaches,
});

async function listCaches(ctx: CollectContext): Promise<Listing> {
  const scope: ElastiCacheScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const client = ctx.client(ElastiCacheClient);
  // A listing that failed part-way keeps the resources of the pages it read.
  const [groups, serverless] = await Promise.all([
    ctx.paginate(client, {
      command: (token) =>
        new DescribeReplicationGroupsCommand({
          MaxRecords: PAGE_SIZES.replicationGroups,
          ...(token === undefined ? {} : { Marker: token }),
        }),
      next: (page) => page.Marker,
      items: (page) => page.ReplicationGroups,
    }),
    ctx.paginate(client, {
      command: (token) =>
        new DescribeServerlessCachesCommand({
          MaxResults: PAGE_SIZES.serverlessCaches,
          ...(token === undefined ? {} : { NextToken: token }),
        }),
      next: (page) => page.NextToken,
      items: (page) => page.ServerlessCaches,
    }),
  ]);
  for (const g of groups.value) ctx.add(mapReplicationGroup(scope, g));
  for (const c of serverless.value) ctx.add(mapServerlessCache(scope, c));
  return {
    census: { service: 'elasticache', replicationGroups: groups.value.length, serverlessCaches: serverless.value.length },
    details: async () => {},
  };
}
