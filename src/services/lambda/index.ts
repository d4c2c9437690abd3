/**
 * AWS Lambda, per region: every function's environment-variable key from `ListFunctions`
 * alone (no per-function call). Only metadata is kept: `ListFunctions` also answers the
 * environment variables' values (AWS has no read-only action that lists functions without
 * them), and the mapping keeps only how many there are; `GetFunction` (which answers a
 * download link to the code) is never called.
 *
 * Quotas: Lambda Developer Guide, "Lambda quotas" (gettingstarted-limits), Lambda API
 * requests: the control plane requests that the page does not name (ListFunctions among
 * them) share 15 requests per second per account and Region.
 *
 * Call model: the listing only (at least one page of 50); no detail phase.
 */
import { defineService, pages, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { LambdaTypes } from './types.ts';

export interface LambdaCensus extends Census {
  service: 'lambda';
  functions: number;
}

/**
 * `ListFunctions` returns at most 50 functions a page "even if you set the number higher"
 * (AWS Lambda API Reference, ListFunctions, `MaxItems`).
 */
export const PAGE_SIZES = { functions: 50 } as const;

export const lambda = defineService<LambdaTypes, LambdaCensus>({
  name: 'lambda',
  title: 'AWS Lambda',
  scope: 'regional',
  api: { client: 'lambda', protocol: 'json' },
  nodeTypes: {
    'lambda.function': { title: 'Lambda function', dataResource: true, asffType: 'AwsLambdaFunction' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['lambda.function'], to: ['kms.key'] },
  },
  actions: ['lambda:ListFunctions'],
  quotas: { 'lambda:ListFunctions': perSecond(15) },
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'ListFunctions', calls: pages(c.functions, PAGE_SIZES.functions), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.functions, PAGE_SIZES.functions), detail: 0 }),
  collector: async () => (await import('./collector.ts')).lambdaCollector,
  seeder: async () => (await import('./seed.ts')).seedFunctions,
});
