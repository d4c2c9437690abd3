/**
 * The CloudFront collector on canned AWS answers, for what the emulator does not show: paging
 * (100 distributions a page, `IsTruncated`/`NextMarker`), the AWS form of the viewer
 * certificate (`CloudFrontDefaultCertificate: false`, an IAM server certificate), S3 origins
 * with `S3OriginConfig`, a match-viewer origin reached through an origin group, a viewer
 * policy the table does not know, and failures as gaps.
 */
import type { DistributionSummary } from '@aws-sdk/client-cloudfront';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { cloudfrontCollector } from '../../../src/services/cloudfront/collector.ts';
import { mapDistribution } from '../../../src/services/cloudfront/map.ts';
import type { CloudFrontDistributionAttributes } from '../../../src/services/cloudfront/types.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const CERT = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0e0e0e0e-1111-4222-8333-444455556666`;
const arn = (id: string) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;

/** A distribution as AWS summarizes it: a default behavior to a custom origin, an S3 origin, the CloudFront certificate. */
function distribution(id: string, change: Partial<DistributionSummary> = {}): DistributionSummary {
  return {
    Id: id,
    ARN: arn(id),
    ETag: 'E1',
    Status: 'Deployed',
    LastModifiedTime: new Date('2024-05-01T00:00:00Z'),
    DomainName: `${id.toLowerCase()}.cloudfront.net`,
    Aliases: { Quantity: 0 },
    Origins: {
      Quantity: 2,
      Items: [
        {
          Id: 'web',
          DomainName: 'web.example.com',
          CustomOriginConfig: {
            HTTPPort: 80,
            HTTPSPort: 443,
            OriginProtocolPolicy: 'https-only',
            OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
          },
        },
        { Id: 's3', DomainName: 'bucket.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } },
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: 'web', ViewerProtocolPolicy: 'redirect-to-https' },
    CacheBehaviors: { Quantity: 0 },
    CustomErrorResponses: { Quantity: 0 },
    Comment: '',
    PriceClass: 'PriceClass_All',
    Enabled: true,
    ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
    Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
    WebACLId: '',
    HttpVersion: 'http2',
    IsIPV6Enabled: true,
    Staging: false,
    ...change,
  } as DistributionSummary & Record<string, unknown> as DistributionSummary;
}

function canned(distributions: DistributionSummary[]) {
  return new CannedAws({
    cloudfront: {
      ListDistributions: (input: { MaxItems?: number; Marker?: string }) => {
        const page = pageOf(distributions, input.MaxItems ?? 100, input.Marker);
        return {
          DistributionList: {
            Marker: input.Marker ?? '',
            MaxItems: input.MaxItems,
            IsTruncated: page.next !== undefined,
            Quantity: page.items.length,
            Items: page.items,
            ...(page.next === undefined ? {} : { NextMarker: page.next }),
          },
        };
      },
    },
  });
}

describe('CloudFront collector (canned AWS answers)', () => {
  it('reads every page at 100 distributions a page and maps AWS answers exactly', async () => {
    const all = Array.from({ length: 230 }, (_, i) => distribution(`E${String(i).padStart(4, '0')}`));
    all[1] = distribution('E0001', {
      Aliases: { Quantity: 1, Items: ['shop.example.com'] },
      ViewerCertificate: {
        CloudFrontDefaultCertificate: false,
        ACMCertificateArn: CERT,
        SSLSupportMethod: 'sni-only',
        MinimumProtocolVersion: 'TLSv1.2_2021',
        CertificateSource: 'acm',
      },
      CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/img/*', TargetOriginId: 's3', ViewerProtocolPolicy: 'allow-all' } as never] },
    });
    // An IAM server certificate: kept by id, no edge.
    all[2] = distribution('E0002', {
      ViewerCertificate: {
        CloudFrontDefaultCertificate: false,
        IAMCertificateId: 'ASCAEXAMPLE',
        SSLSupportMethod: 'vip',
        MinimumProtocolVersion: 'TLSv1.1_2016',
        CertificateSource: 'iam',
      },
    });
    const aws = canned(all);
    const data = await collectCanned(aws, cloudfrontCollector, ACCOUNT, REGION);

    expect(aws.callsOf('ListDistributions').map((c) => c.input)).toEqual([
      { MaxItems: 100 },
      { MaxItems: 100, Marker: 'page-100' },
      { MaxItems: 100, Marker: 'page-200' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(230);
    const graph = buildGraph({ ...data, scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(arn('E0001'))).toEqual({
      id: arn('E0001'),
      type: 'cloudfront.distribution',
      account: ACCOUNT,
      region: '',
      name: 'E0001 (shop.example.com)',
      tags: {},
      attributes: {
        internetFacing: true,
        protocol: 'HTTPS',
        port: null,
        hostNames: ['shop.example.com', 'e0001.cloudfront.net'],
        plaintextAccepted: true,
        tlsPolicy: 'TLSv1.2_2021',
        minTlsVersion: 'TLSv1.2',
        distributionId: 'E0001',
        domainName: 'e0001.cloudfront.net',
        aliases: ['shop.example.com'],
        enabled: true,
        status: 'Deployed',
        cacheBehaviors: [
          { id: 'default', pathPattern: null, viewerProtocolPolicy: 'redirect-to-https', targetOriginId: 'web' },
          { id: '/img/*', pathPattern: '/img/*', viewerProtocolPolicy: 'allow-all', targetOriginId: 's3' },
        ],
        origins: [
          {
            id: 'web',
            domainName: 'web.example.com',
            custom: true,
            protocolPolicy: 'https-only',
            sslProtocols: ['TLSv1.2'],
            plaintext: false,
          },
          { id: 's3', domainName: 'bucket.s3.amazonaws.com', custom: false, protocolPolicy: null, sslProtocols: null, plaintext: null },
        ],
        customCertificate: true,
        acmCertificateArn: CERT,
        iamCertificateId: null,
        minimumProtocolVersion: 'TLSv1.2_2021',
        sslSupportMethod: 'sni-only',
        httpVersion: 'http2',
      } satisfies CloudFrontDistributionAttributes,
    });
    // The certificate was not collected (ACM was not scanned here): an external node that says so.
    expect(graph.targets(arn('E0001'), 'uses-certificate').map((n) => [n.id, n.type])).toEqual([[CERT, 'external']]);
    expect(graph.node(arn('E0002'))!.attributes).toMatchObject({
      customCertificate: true,
      acmCertificateArn: null,
      iamCertificateId: 'ASCAEXAMPLE',
      sslSupportMethod: 'vip',
      minTlsVersion: 'TLSv1.1',
    });
    expect(graph.outgoing(arn('E0002'))).toEqual([]);
    expect(graph.node(arn('E0000'))!.attributes).toMatchObject({
      customCertificate: false,
      sslSupportMethod: null,
      plaintextAccepted: false,
    });

    const evaluation = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, REGION) } }, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === arn(id))?.status;
    expect(['E0000', 'E0001', 'E0002'].map((id) => status('CP-CF-001', id))).toEqual(['pass', 'fail', 'pass']);
    expect(['E0000', 'E0001', 'E0002'].map((id) => status('CP-CF-002', id))).toEqual(['not_applicable', 'pass', 'fail']);
  });

  it('judges a match-viewer origin by the behaviors that reach it, an origin group reaching every origin', () => {
    const matchViewer = (policy: 'allow-all' | 'https-only', target: string) =>
      mapDistribution(
        ACCOUNT,
        'aws',
        distribution('E1', {
          Origins: {
            Quantity: 2,
            Items: [
              {
                Id: 'web',
                DomainName: 'web.example.com',
                CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'match-viewer' },
              },
              {
                Id: 'api',
                DomainName: 'api.example.com',
                CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' },
              },
            ],
          },
          DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' },
          CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/x/*', TargetOriginId: target, ViewerProtocolPolicy: policy } as never] },
        }),
      ).node.attributes.origins?.map((o) => [o.id, o.plaintext]);
    expect(matchViewer('allow-all', 'web')).toEqual([
      ['web', true],
      ['api', false],
    ]);
    expect(matchViewer('https-only', 'web')).toEqual([
      ['web', false],
      ['api', false],
    ]);
    expect(matchViewer('allow-all', 'api')).toEqual([
      ['web', false],
      ['api', false],
    ]);
    expect(matchViewer('allow-all', 'failover-group')).toEqual([
      ['web', true],
      ['api', false],
    ]);
  });

  it('leaves the oldest TLS version unknown for a viewer policy the table does not know', () => {
    const mapped = mapDistribution(
      ACCOUNT,
      'aws',
      distribution('E2', { ViewerCertificate: { ACMCertificateArn: CERT, MinimumProtocolVersion: 'TLSv1.4_2030' as never } }),
    );
    expect(mapped.node.attributes).toMatchObject({ tlsPolicy: 'TLSv1.4_2030', customCertificate: true });
    expect(mapped.node.attributes.minTlsVersion).toBeUndefined();
  });

  it('a denied listing is a global gap and leaves no distribution', async () => {
    const aws = new CannedAws({
      cloudfront: {
        ListDistributions: () => {
          throw awsError('AccessDenied', 'User is not authorized to perform: cloudfront:ListDistributions');
        },
      },
    });
    const data = await collectCanned(aws, cloudfrontCollector, ACCOUNT, REGION);
    expect(data.nodes).toEqual([]);
    expect(data.gaps).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        region: '',
        service: 'cloudfront',
        operation: 'ListDistributions',
        code: 'AccessDenied',
      }),
    ]);
  });
});
