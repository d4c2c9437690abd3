/**
 * The API Gateway collector on canned AWS answers, for what the emulator does not show: paging
 * of both listings (moto ignores `limit` and `MaxResults`), the REST answer's `domainNameArn`,
 * a name both APIs list (mapped once, from REST), a v2 domain with two configurations, the
 * enhanced security policies, and a denied listing as a gap that leaves the other listing's
 * domains.
 */
import type { DomainName as RestDomainName } from '@aws-sdk/client-api-gateway';
import type { DomainName as V2DomainName } from '@aws-sdk/client-apigatewayv2';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { apigatewayCollector } from '../../../src/services/apigateway/collector.ts';
import { mapV2DomainName, securityPolicyMinTls } from '../../../src/services/apigateway/map.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';
import { collectCanned } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const CERT = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0e0e0e0e-1111-4222-8333-444455556666`;
const EDGE_CERT = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0e0e0e0e-1111-4222-8333-777755556666`;
const arn = (name: string) => `arn:aws:apigateway:${REGION}::/domainnames/${name}`;
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };

const rest = (name: string, change: Partial<RestDomainName> = {}): RestDomainName => ({
  domainName: name,
  domainNameArn: arn(name),
  regionalCertificateArn: CERT,
  regionalDomainName: `d-1.execute-api.${REGION}.amazonaws.com`,
  endpointConfiguration: { types: ['REGIONAL'] },
  domainNameStatus: 'AVAILABLE',
  securityPolicy: 'TLS_1_2',
  ...change,
});

const v2 = (name: string, configurations: V2DomainName['DomainNameConfigurations']): V2DomainName => ({
  DomainName: name,
  DomainNameArn: arn(name),
  ApiMappingSelectionExpression: '$request.basepath',
  DomainNameConfigurations: configurations,
});

function canned(restDomains: RestDomainName[], v2Domains: V2DomainName[]) {
  return new CannedAws({
    apigateway: {
      GetDomainNames: (input: { limit?: number; position?: string }) => {
        if ((input.limit ?? 25) > 500) throw awsError('BadRequestException', 'limit must be at most 500', 400);
        const page = pageOf(restDomains, input.limit ?? 25, input.position);
        return { items: page.items, ...(page.next === undefined ? {} : { position: page.next }) };
      },
    },
    apigatewayv2: {
      GetDomainNames: (input: { MaxResults?: string; NextToken?: string }) => {
        const page = pageOf(v2Domains, Number(input.MaxResults ?? 25), input.NextToken);
        return { Items: page.items, ...(page.next === undefined ? {} : { NextToken: page.next }) };
      },
    },
  });
}

describe('API Gateway collector (canned AWS answers)', () => {
  it('reads every page of both listings, maps AWS answers, and maps a name both list once, from REST', async () => {
    const restDomains = Array.from({ length: 620 }, (_, i) => rest(`api-${i}.example.com`));
    restDomains[1] = rest('edge.example.com', {
      regionalCertificateArn: undefined,
      certificateArn: EDGE_CERT,
      endpointConfiguration: { types: ['EDGE'] },
      securityPolicy: 'TLS_1_0',
      mutualTlsAuthentication: { truststoreUri: 's3://bucket/truststore.pem' },
    });
    const v2Domains = Array.from({ length: 130 }, (_, i) =>
      v2(`ws-${i}.example.com`, [{ CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }]),
    );
    // AWS lists REST domains in the v2 API too.
    v2Domains[0] = v2('api-0.example.com', [{ CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }]);
    const aws = canned(restDomains, v2Domains);
    const data = await collectCanned(aws, apigatewayCollector, ACCOUNT, REGION);

    expect(aws.callsOf('GetDomainNames', 'apigateway').map((c) => c.input)).toEqual([{ limit: 500 }, { limit: 500, position: 'page-500' }]);
    expect(aws.callsOf('GetDomainNames', 'apigatewayv2').map((c) => c.input)).toEqual([
      { MaxResults: '100' },
      { MaxResults: '100', NextToken: 'page-100' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(620 + 129);
    expect(data.nodes.find((n) => n.id === arn('api-0.example.com'))?.attributes).toMatchObject({ api: 'rest' });
    const graph = buildGraph({ ...data, scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(arn('edge.example.com'))).toEqual({
      id: arn('edge.example.com'),
      type: 'apigateway.domain-name',
      account: ACCOUNT,
      region: REGION,
      name: 'edge.example.com',
      tags: {},
      attributes: {
        domainName: 'edge.example.com',
        api: 'rest',
        internetFacing: true,
        protocol: 'HTTPS',
        port: 443,
        hostNames: ['edge.example.com'],
        plaintextAccepted: false,
        tlsPolicy: 'TLS_1_0',
        minTlsVersion: 'TLSv1',
        endpointTypes: ['EDGE'],
        securityPolicy: 'TLS_1_0',
        certificateArn: EDGE_CERT,
        regionalCertificateArn: null,
        status: 'AVAILABLE',
        mutualTls: true,
      },
    });
    // The us-east-1 certificate of an EDGE domain was not collected here: an external node.
    expect(graph.targets(arn('edge.example.com'), 'uses-certificate').map((n) => [n.id, n.type])).toEqual([[EDGE_CERT, 'external']]);
  });

  it('takes the oldest policy of a v2 domain with several configurations, and leaves it unknown when one is not said', () => {
    const two = mapV2DomainName(
      scope,
      v2('ws.example.com', [
        { CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' },
        { CertificateArn: EDGE_CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_0' },
      ]),
    );
    expect(two.node.attributes).toMatchObject({
      securityPolicy: 'TLS_1_0',
      minTlsVersion: 'TLSv1',
      configurationCertificateArns: [CERT, EDGE_CERT],
    });
    expect(two.edges.map((e) => e.ref)).toEqual([CERT, EDGE_CERT]);
    const unsaid = mapV2DomainName(scope, v2('ws.example.com', [{ CertificateArn: CERT, EndpointType: 'REGIONAL' }]));
    expect(unsaid.node.attributes.securityPolicy).toBeUndefined();
    expect(unsaid.node.attributes.minTlsVersion).toBeUndefined();
  });

  it('maps the legacy and enhanced security policies to the oldest TLS version they accept', () => {
    expect(
      [
        'TLS_1_0',
        'TLS_1_2',
        'SecurityPolicy_TLS13_1_3_2025_09',
        'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
        'SecurityPolicy_TLS12_2018_EDGE',
        'TLS_9_9',
      ].map(securityPolicyMinTls),
    ).toEqual(['TLSv1', 'TLSv1.2', 'TLSv1.3', 'TLSv1.2', 'TLSv1.2', undefined]);
  });

  it('a denied listing is a gap and leaves the domains of the other listing', async () => {
    const aws = new CannedAws({
      apigateway: {
        GetDomainNames: () => {
          throw awsError('AccessDeniedException', 'User is not authorized to perform: apigateway:GET');
        },
      },
      apigatewayv2: {
        GetDomainNames: () => ({
          Items: [v2('ws.example.com', [{ CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }])],
        }),
      },
    });
    const data = await collectCanned(aws, apigatewayCollector, ACCOUNT, REGION);
    expect(data.nodes.map((n) => n.id)).toEqual([arn('ws.example.com')]);
    expect(data.gaps).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        region: REGION,
        service: 'apigateway',
        operation: 'GetDomainNames',
        code: 'AccessDeniedException',
      }),
    ]);
  });
});
