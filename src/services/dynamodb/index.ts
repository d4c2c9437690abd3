/**
 * Amazon DynamoDB, per region: tables and the key of each (`DescribeTable`'s
 * `SSEDescription`), with the keys of a global table's replicas in their regions.
 * On-demand backups are not collected: `ListBackups` does not say how a backup is encrypted,
 * and `DescribeBackup` (one call per backup at 10 per second) would be needed for each.
 *
 * Quotas: Amazon DynamoDB Developer Guide, "Best practices for managing the control plane in
 * DynamoDB" (bp-control-plane): a control plane throttle limit of 2,500 requests per second.
 * No per-operation figure is published for ListTables or DescribeTable, so both share one
 * bucket of 2,500 per second (burst: one second's worth).
 *
 * Call model: the listing pages (`ListTables`, 100 names a page, sequential), then one
 * `DescribeTable` per table.
 */
import type { Quota } from '../../collect/pacing.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { DynamoDbTypes } from './types.ts';

export interface DynamoDbCensus extends Census {
  service: 'dynamodb';
  tables: number;
}

/** `ListTables` returns at most 100 table names per page (DynamoDB API Reference, ListTables `Limit`: 1 to 100). */
export const PAGE_SIZES = { tables: 100 } as const;
/** DynamoDB's control plane: 2,500 requests per second, one bucket for every control plane operation. */
const controlPlane: Quota = { rate: 2500, burst: 2500, group: 'dynamodb:control-plane' };

export const dynamodb = defineService<DynamoDbTypes, DynamoDbCensus>({
  name: 'dynamodb',
  title: 'Amazon DynamoDB',
  scope: 'regional',
  api: { client: 'dynamodb', protocol: 'json' },
  nodeTypes: {
    'dynamodb.table': { title: 'DynamoDB table', dataResource: true, asffType: 'AwsDynamoDbTable' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['dynamodb.table'], to: ['kms.key'] },
    'replica-encrypted-by': { doc: SHARED_EDGE_DOCS['replica-encrypted-by'], from: ['dynamodb.table'], to: ['kms.key'] },
  },
  actions: ['dynamodb:ListTables', 'dynamodb:DescribeTable'],
  quotas: {
    'dynamodb:ListTables': controlPlane,
    'dynamodb:DescribeTable': controlPlane,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListTables', calls: pages(c.tables, PAGE_SIZES.tables), phase: 'list' },
    { operation: 'DescribeTable', calls: c.tables, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: pages(c.tables, PAGE_SIZES.tables), detail: c.tables > 0 ? 1 : 0 }),
  collector: async () => (await import('./collector.ts')).dynamodbCollector,
  seeder: async () => (await import('./seed.ts')).seedDynamoDb,
});
