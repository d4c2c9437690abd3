/**
 * Amazon API Gateway, per region: the custom domain names of REST APIs and of HTTP and
 * WebSocket APIs (the two GetDomainNames listings, at once), each a TLS endpoint. A name
 * both listings hold is mapped once, from the REST answer.
 */
import { APIGatewayClient, GetDomainNamesCommand as GetRestDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetDomainNamesCommand as GetV2DomainNamesCommand } from '@aws-sdk/client-apigatewayv2';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { list, listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, apigateway } from './index.ts';
import { mapRestDomainName, mapV2DomainName, type ApiGatewayScope } from './map.ts';

export const apigatewayCollector: Collector = phasedCollector({
  service: apigateway.name,
  scope: apigateway.scope,
  responses: {
    'apigateway:GetDomainNames': listing(
      'items',
      obj(
        {
          domainName: str,
          domainNameArn: str,
          certificateArn: str,
          regionalCertificateArn: str,
          securityPolicy: str,
          endpointConfiguration: obj({ types: list(str) }),
        },
        ['domainName'],
      ),
      { position: str },
    ),
    'apigatewayv2:GetDomainNames': listing(
      'Items',
      obj(
        {
          DomainName: str,
          DomainNameArn: str,
          DomainNameConfigurations: list(obj({ CertificateArn: str, EndpointType: str, SecurityPolicy: str })),
        },
        ['DomainName'],
      ),
      { NextToken: str },
    ),
  },
  list: listDomainNames,
});

async function listDomainNames(ctx: CollectContext): Promise<Listing> {
  const scope: ApiGatewayScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const [rest, v2] = await Promise.all([
    ctx.paginate(ctx.client(APIGatewayClient), {
      command: (position) => new GetRestDomainNamesCommand({ limit: PAGE_SIZES.restDomains, position }),
      next: (p) => p.position,
      items: (p) => p.items,
    }),
    ctx.paginate(ctx.client(ApiGatewayV2Client, ctx.region, 'apigatewayv2'), {
      command: (token) => new GetV2DomainNamesCommand({ MaxResults: String(PAGE_SIZES.v2Domains), NextToken: token }),
      next: (p) => p.NextToken,
      items: (p) => p.Items,
    }),
  ]);
  // Listings that failed part-way keep the domain names of the pages they read.
  const mapped = new Set<string>();
  for (const d of rest.value) {
    const m = mapRestDomainName(scope, d);
    mapped.add(m.node.id);
    ctx.add(m);
  }
  for (const d of v2.value) {
    const m = mapV2DomainName(scope, d);
    if (!mapped.has(m.node.id)) ctx.add(m);
  }
  return { census: { service: 'apigateway', restDomains: rest.value.length, v2Domains: v2.value.length }, details: async () => {} };
}
