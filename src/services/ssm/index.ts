/**
 * SSM Parameter Store, per region: the metadata of every SecureString parameter, from one
 * paged `DescribeParameters` filtered on `Type=SecureString` (key, tier, version, last
 * change). A parameter's value is never read: no `GetParameter`, `GetParameters`,
 * `GetParametersByPath` or `GetParameterHistory`.
 *
 * Quotas: not documented for DescribeParameters. The Systems Manager quotas (AWS General
 * Reference, "AWS Systems Manager endpoints and quotas") publish Parameter Store throughput
 * for GetParameter(s), GetParametersByPath and PutParameter only; DescribeParameters is left
 * to the SDK's adaptive retries.
 *
 * Call model: the listing only (at least one page); no detail phase. AWS may return fewer
 * than `MaxResults` parameters with a `NextToken` (the API says so): the model is the least.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { SsmTypes } from './types.ts';

export interface SsmCensus extends Census {
  service: 'ssm';
  parameters: number;
}

/** `DescribeParameters` returns at most 50 parameters a page (Systems Manager API Reference, `MaxResults`). */
export const PAGE_SIZES = { parameters: 50 } as const;

export const ssm = defineService<SsmTypes, SsmCensus>({
  name: 'ssm',
  title: 'AWS Systems Manager Parameter Store',
  scope: 'regional',
  api: { client: 'ssm', protocol: 'json' },
  nodeTypes: {
    'ssm.parameter': { title: 'SSM SecureString parameter', dataResource: true },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['ssm.parameter'], to: ['kms.key'] },
  },
  actions: ['ssm:DescribeParameters'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'DescribeParameters', calls: pages(c.parameters, PAGE_SIZES.parameters), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.parameters, PAGE_SIZES.parameters), detail: 0 }),
  collector: async () => (await import('./collector.ts')).ssmCollector,
  seeder: async () => (await import('./seed.ts')).seedParameters,
});
