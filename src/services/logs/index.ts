/**
 * Amazon CloudWatch Logs, per region: every log group and the KMS key associated with it,
 * from one paged DescribeLogGroups listing (the key is in the listing, so there is no detail
 * phase).
 *
 * Quotas: Amazon CloudWatch Logs User Guide, "CloudWatch Logs quotas" (cloudwatch_limits_cwl):
 * DescribeLogGroups, 5 transactions per second per account per Region (an adjustable quota).
 *
 * Call model: one call per page of 50 log groups, at least one.
 */
import { defineService, pages, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { LogsTypes } from './types.ts';

export interface LogsCensus extends Census {
  service: 'logs';
  logGroups: number;
}

/** `DescribeLogGroups` returns at most 50 log groups a page (CloudWatch Logs API Reference, `limit`, 1 to 50). */
export const PAGE_SIZES = { logGroups: 50 } as const;

export const logs = defineService<LogsTypes, LogsCensus>({
  name: 'logs',
  title: 'Amazon CloudWatch Logs',
  scope: 'regional',
  api: { client: 'logs', protocol: 'json' },
  nodeTypes: {
    'logs.log-group': { title: 'CloudWatch Logs log group', dataResource: true },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['logs.log-group'], to: ['kms.key'] },
  },
  actions: ['logs:DescribeLogGroups'],
  quotas: {
    'logs:DescribeLogGroups': perSecond(5),
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'DescribeLogGroups', calls: pages(c.logGroups, PAGE_SIZES.logGroups), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.logGroups, PAGE_SIZES.logGroups), detail: 0 }),
  collector: async () => (await import('./collector.ts')).logsCollector,
  seeder: async () => (await import('./seed.ts')).seedLogGroups,
});
