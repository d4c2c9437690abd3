/**
 * The CloudFront collector against the emulator: distributions that allow HTTP on a path
 * behavior only, reach a custom origin over HTTP (http-only, and match-viewer behind an
 * allow-all behavior) or offer SSLv3/TLSv1 to it, with an ACM certificate and an old viewer
 * policy, and compliant look-alikes. The emulator always answers
 * `CloudFrontDefaultCertificate: true` and drops `S3OriginConfig`: the certificate is read
 * from its ARN, and an origin without `CustomOriginConfig` is not a custom origin.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { CloudFrontDistributionAttributes } from '../../../src/services/cloudfront/types.ts';
import { emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const US = 'us-east-1';
const EU = 'eu-west-1';

const definition: AccountDefinition = {
  acm: [
    { ref: 'cdn', region: US, domain: 'cdn.example.com', source: 'imported' },
    { ref: 'eu-cert', region: EU, domain: 'eu.example.com', source: 'imported' },
  ],
  cloudfront: [
    {
      ref: 'legacy',
      aliases: ['legacy.example.com'],
      origins: [
        { id: 'app', domainName: 'app.example.com', protocolPolicy: 'http-only', sslProtocols: ['TLSv1', 'TLSv1.2'] },
        { id: 'assets', domainName: 'assets.s3.amazonaws.com' },
      ],
      viewerProtocolPolicy: 'redirect-to-https',
      behaviors: [{ pathPattern: '/api/*', origin: 'app', viewerProtocolPolicy: 'allow-all' }],
      certificate: 'cdn',
      minimumProtocolVersion: 'TLSv1',
    },
    {
      ref: 'matcher',
      aliases: ['matcher.example.com'],
      origins: [{ id: 'web', domainName: 'web.example.com', protocolPolicy: 'match-viewer', sslProtocols: ['SSLv3', 'TLSv1.2'] }],
      viewerProtocolPolicy: 'allow-all',
    },
    {
      ref: 'modern',
      aliases: ['modern.example.com', 'www.modern.example.com'],
      origins: [
        { id: 'web', domainName: 'web.example.com', protocolPolicy: 'match-viewer' },
        { id: 'api', domainName: 'api.example.com', protocolPolicy: 'https-only' },
      ],
      viewerProtocolPolicy: 'redirect-to-https',
      behaviors: [{ pathPattern: '/api/*', origin: 'api', viewerProtocolPolicy: 'https-only' }],
      certificate: 'cdn',
      minimumProtocolVersion: 'TLSv1.2_2021',
    },
  ],
};

describe('CloudFront collector against the emulator', () => {
  it('collects every distribution as a TLS endpoint with its behaviors, origins and certificate, and the rules judge them', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const cert = seeded.certificates.get('cdn')!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [US, EU], services: ['cloudfront', 'acm'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    expect(snapshot.gaps).toEqual([]);

    const distributions = graph.nodesOfType('cloudfront.distribution');
    expect(distributions).toHaveLength(3);
    const byAlias = (alias: string) =>
      distributions.find((d) => (d.attributes as CloudFrontDistributionAttributes).aliases?.[0] === alias)!;
    const legacy = byAlias('legacy.example.com');
    const a = legacy.attributes as CloudFrontDistributionAttributes;
    expect(legacy.region).toBe('');
    expect(legacy.id).toBe(`arn:aws:cloudfront::${seeded.account}:distribution/${a.distributionId}`);
    expect(legacy.name).toBe(`${a.distributionId} (legacy.example.com)`);
    expect(a).toMatchObject({
      internetFacing: true,
      protocol: 'HTTPS',
      port: null,
      hostNames: ['legacy.example.com', a.domainName!],
      plaintextAccepted: true,
      tlsPolicy: 'TLSv1',
      minTlsVersion: 'TLSv1',
      enabled: true,
      customCertificate: true,
      acmCertificateArn: cert,
      iamCertificateId: null,
      minimumProtocolVersion: 'TLSv1',
      sslSupportMethod: 'sni-only',
      cacheBehaviors: [
        { id: 'default', pathPattern: null, viewerProtocolPolicy: 'redirect-to-https', targetOriginId: 'app' },
        { id: '/api/*', pathPattern: '/api/*', viewerProtocolPolicy: 'allow-all', targetOriginId: 'app' },
      ],
      // The emulator drops S3OriginConfig: the S3 origin is simply not custom.
      origins: [
        {
          id: 'app',
          domainName: 'app.example.com',
          custom: true,
          protocolPolicy: 'http-only',
          sslProtocols: ['TLSv1', 'TLSv1.2'],
          plaintext: true,
        },
        { id: 'assets', domainName: 'assets.s3.amazonaws.com', custom: false, protocolPolicy: null, sslProtocols: null, plaintext: null },
      ],
    } satisfies Partial<CloudFrontDistributionAttributes>);
    expect(graph.targets(legacy.id, 'uses-certificate').map((n) => [n.id, n.type])).toEqual([[cert, 'acm.certificate']]);

    const matcher = byAlias('matcher.example.com');
    // The emulator says CloudFrontDefaultCertificate and "TLSv1" for a distribution without a certificate.
    expect(matcher.attributes).toMatchObject({
      customCertificate: false,
      acmCertificateArn: null,
      sslSupportMethod: null,
      plaintextAccepted: true,
      origins: [{ id: 'web', custom: true, protocolPolicy: 'match-viewer', sslProtocols: ['SSLv3', 'TLSv1.2'], plaintext: true }],
    });
    expect(graph.outgoing(matcher.id)).toEqual([]);
    const modern = byAlias('modern.example.com');
    expect(modern.attributes).toMatchObject({
      plaintextAccepted: false,
      minTlsVersion: 'TLSv1.2',
      hostNames: ['modern.example.com', 'www.modern.example.com', (modern.attributes as CloudFrontDistributionAttributes).domainName!],
      origins: [
        { id: 'web', protocolPolicy: 'match-viewer', sslProtocols: ['TLSv1.2'], plaintext: false },
        { id: 'api', protocolPolicy: 'https-only', plaintext: false },
      ],
    });

    const evaluation = evaluateSnapshot(run, prepareRules());
    const result = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id);
    const status = (rule: string, id: string) => result(rule, id)?.status;
    expect([legacy, matcher, modern].map((d) => status('CP-CF-001', d.id))).toEqual(['fail', 'fail', 'pass']);
    expect(result('CP-CF-001', legacy.id)?.message).toContain('/api/*');
    expect(result('CP-CF-001', legacy.id)?.message).not.toContain('default');
    expect([legacy, matcher, modern].map((d) => status('CP-CF-002', d.id))).toEqual(['fail', 'not_applicable', 'pass']);
    expect([legacy, matcher, modern].map((d) => status('CP-CF-003', d.id))).toEqual(['fail', 'fail', 'pass']);
    expect([legacy, matcher, modern].map((d) => status('CP-CF-004', d.id))).toEqual(['pass', 'fail', 'pass']);
  });
});
