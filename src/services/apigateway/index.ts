/**
 * Amazon API Gateway, per region: the custom domain names of REST APIs (GetDomainNames of
 * the `apigateway` API) and of HTTP and WebSocket APIs (GetDomainNames of the `apigatewayv2`
 * API, `client: 'apigatewayv2'` in the call model), each a TLS endpoint; the listings carry
 * the security policy, certificates and endpoint type, so there is no detail phase.
 *
 * IAM: API Gateway's actions are the HTTP verbs of its REST resources; both listings need
 * `apigateway:GET` (on `arn:aws:apigateway:<region>::/domainnames`), its only read action.
 *
 * Quotas: API Gateway Developer Guide, "Amazon API Gateway quotas" (limits), "API Gateway
 * quotas for creating, deploying and managing an API": other operations than those named are
 * held to the total, 10 requests per second with a burst of 40, per account. The two APIs'
 * listings share that bucket (the page speaks of the API Gateway REST API and its SDKs; that
 * the v2 API shares it is not documented).
 *
 * Page sizes: REST `limit` at most 500 (API Gateway API Reference, GetDomainNames). The v2
 * `MaxResults` has no documented maximum: 100 is asked for.
 *
 * Call model: the pages of each listing, at least one each, the two listings at once.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { ApiGatewayTypes } from './types.ts';

export interface ApiGatewayCensus extends Census {
  service: 'apigateway';
  /** Domain names GetDomainNames (REST) listed. */
  restDomains: number;
  /** Domain names GetDomainNames (v2) listed, including any the REST listing had. */
  v2Domains: number;
}

/** REST `limit`: at most 500 (API Reference); v2 `MaxResults`: no documented maximum, 100 asked for. */
export const PAGE_SIZES = { restDomains: 500, v2Domains: 100 } as const;

/** 10 requests per second, burst 40, for the management operations together (API Gateway quotas, "Total operations"). */
const MANAGEMENT = { rate: 10, burst: 40, group: 'apigateway:management' } as const;

export const apigateway = defineService<ApiGatewayTypes, ApiGatewayCensus>({
  name: 'apigateway',
  title: 'Amazon API Gateway',
  scope: 'regional',
  api: { client: 'apigateway', otherClients: ['apigatewayv2'], protocol: 'json' },
  nodeTypes: {
    'apigateway.domain-name': { title: 'API Gateway custom domain name', tlsEndpoint: true },
  },
  edges: {
    'uses-certificate': { doc: SHARED_EDGE_DOCS['uses-certificate'], from: ['apigateway.domain-name'], to: ['acm.certificate'] },
  },
  actions: ['apigateway:GET'],
  actionForOperation: { GetDomainNames: 'apigateway:GET' },
  quotas: {
    'apigateway:GetDomainNames': MANAGEMENT,
    'apigatewayv2:GetDomainNames': MANAGEMENT,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'GetDomainNames', calls: pages(c.restDomains, PAGE_SIZES.restDomains), phase: 'list' },
    { client: 'apigatewayv2', operation: 'GetDomainNames', calls: pages(c.v2Domains, PAGE_SIZES.v2Domains), phase: 'list' },
  ],
  roundTrips: (c) => ({
    list: Math.max(pages(c.restDomains, PAGE_SIZES.restDomains), pages(c.v2Domains, PAGE_SIZES.v2Domains)),
    detail: 0,
  }),
  collector: async () => (await import('./collector.ts')).apigatewayCollector,
  seeder: async () => (await import('./seed.ts')).seedCustomDomains,
});
