/**
 * Amazon ElastiCache, per region: node-based Valkey and Redis OSS replication groups
 * (`DescribeReplicationGroups`: encryption at rest and its key, encryption in transit) and
 * serverless caches (`DescribeServerlessCaches`: their key; they are always encrypted at rest
 * and in transit). Both listings answer everything, so there is no detail phase. Memcached
 * and single-node clusters outside a replication group (`DescribeCacheClusters`) are not
 * collected.
 *
 * Quotas: not documented. The Amazon ElastiCache User Guide's quotas page ("Quotas for
 * ElastiCache") lists resource quotas only, and the API Reference states no request rate for
 * these operations; the pacer leaves them unpaced and the SDK's adaptive retries handle
 * throttling.
 *
 * Call model: the two listings, side by side (`DescribeReplicationGroups`, 100 a page;
 * `DescribeServerlessCaches`, 50 a page), each page after the one before.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { ElastiCacheTypes } from './types.ts';

export interface ElastiCacheCensus extends Census {
  service: 'elasticache';
  replicationGroups: number;
  serverlessCaches: number;
}

/**
 * `DescribeReplicationGroups` returns at most 100 records per page (API Reference,
 * `MaxRecords`: 20 to 100). `DescribeServerlessCaches` documents a default of 50 and no
 * maximum (API Reference, `MaxResults`), so it asks for the documented 50.
 */
export const PAGE_SIZES = { replicationGroups: 100, serverlessCaches: 50 } as const;

export const elasticache = defineService<ElastiCacheTypes, ElastiCacheCensus>({
  name: 'elasticache',
  title: 'Amazon ElastiCache',
  scope: 'regional',
  api: { client: 'elasticache', protocol: 'query' },
  nodeTypes: {
    'elasticache.replication-group': { title: 'ElastiCache replication group', dataResource: true },
    'elasticache.serverless-cache': { title: 'ElastiCache serverless cache', dataResource: true },
  },
  edges: {
    'encrypted-by': {
      doc: SHARED_EDGE_DOCS['encrypted-by'],
      from: ['elasticache.replication-group', 'elasticache.serverless-cache'],
      to: ['kms.key'],
    },
  },
  actions: ['elasticache:DescribeReplicationGroups', 'elasticache:DescribeServerlessCaches'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'DescribeReplicationGroups', calls: pages(c.replicationGroups, PAGE_SIZES.replicationGroups), phase: 'list' },
    { operation: 'DescribeServerlessCaches', calls: pages(c.serverlessCaches, PAGE_SIZES.serverlessCaches), phase: 'list' },
  ],
  roundTrips: (c) => ({
    list: Math.max(pages(c.replicationGroups, PAGE_SIZES.replicationGroups), pages(c.serverlessCaches, PAGE_SIZES.serverlessCaches)),
    detail: 0,
  }),
  collector: async () => (await import('./collector.ts')).elasticacheCollector,
  seeder: async () => (await import('./seed.ts')).seedElastiCache,
});
