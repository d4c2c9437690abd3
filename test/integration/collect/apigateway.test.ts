/**
 * The API Gateway collector against the emulator (moto with its `apigateway` extra): REST
 * custom domains (EDGE with `certificateArn`, REGIONAL with `regionalCertificateArn`, PRIVATE)
 * and an HTTP/WebSocket (v2) domain, on TLS_1_0, TLS_1_2 and no policy at all. moto gives
 * REST domains no ARN (the documented form is built) and omits `securityPolicy` when none was
 * given (AWS answers the effective one): such a domain stays unknown, never assumed.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { ApiGatewayDomainNameAttributes } from '../../../src/services/apigateway/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const arn = (region: string, name: string) => `arn:aws:apigateway:${region}::/domainnames/${name}`;

const definition: AccountDefinition = {
  acm: [
    { ref: 'edge', region: US, domain: 'edge.example.com', source: 'imported' },
    { ref: 'api', region: EU, domain: '*.example.com', source: 'imported' },
  ],
  apigateway: [
    { name: 'old.example.com', region: EU, certificate: 'api', securityPolicy: 'TLS_1_0' },
    { name: 'api.example.com', region: EU, certificate: 'api', securityPolicy: 'TLS_1_2' },
    { name: 'internal.example.com', region: EU, certificate: 'api', endpointType: 'PRIVATE', securityPolicy: 'TLS_1_2' },
    { name: 'nopolicy.example.com', region: EU, certificate: 'api' },
    { name: 'ws.example.com', region: EU, api: 'v2', certificate: 'api', securityPolicy: 'TLS_1_0' },
    { name: 'edge.example.com', region: US, endpointType: 'EDGE', certificate: 'edge', securityPolicy: 'TLS_1_2' },
  ],
};

describe('API Gateway collector against the emulator', () => {
  it('collects REST and v2 custom domains as TLS endpoints with their certificates, and CP-APIGW-001 judges them', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const cert = (ref: string) => seeded.certificates.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['apigateway', 'acm'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    expect(snapshot.gaps).toEqual([]);
    expect(
      graph
        .nodesOfType('apigateway.domain-name')
        .map((n) => n.id)
        .sort(),
    ).toEqual(
      [
        ...['old.example.com', 'api.example.com', 'internal.example.com', 'nopolicy.example.com', 'ws.example.com'].map((n) => arn(EU, n)),
        arn(US, 'edge.example.com'),
      ].sort(),
    );
    const a = (region: string, name: string) => graph.node(arn(region, name))!.attributes as ApiGatewayDomainNameAttributes;
    const old = graph.node(arn(EU, 'old.example.com'))!;
    expect(old).toMatchObject({ type: 'apigateway.domain-name', name: 'old.example.com', account: DEFAULT_ACCOUNT, region: EU });
    expect(old.attributes).toEqual({
      domainName: 'old.example.com',
      api: 'rest',
      internetFacing: true,
      protocol: 'HTTPS',
      port: 443,
      hostNames: ['old.example.com'],
      plaintextAccepted: false,
      tlsPolicy: 'TLS_1_0',
      minTlsVersion: 'TLSv1',
      endpointTypes: ['REGIONAL'],
      securityPolicy: 'TLS_1_0',
      certificateArn: null,
      regionalCertificateArn: cert('api'),
      status: 'AVAILABLE',
      mutualTls: false,
    } satisfies ApiGatewayDomainNameAttributes);
    expect(graph.targets(old.id, 'uses-certificate').map((n) => [n.id, n.type])).toEqual([[cert('api'), 'acm.certificate']]);
    expect(a(EU, 'internal.example.com')).toMatchObject({ internetFacing: false, endpointTypes: ['PRIVATE'], minTlsVersion: 'TLSv1.2' });
    const nopolicy = a(EU, 'nopolicy.example.com');
    expect(nopolicy.securityPolicy).toBeUndefined();
    expect(nopolicy.tlsPolicy).toBeUndefined();
    expect(nopolicy.minTlsVersion).toBeUndefined();
    expect(a(EU, 'ws.example.com')).toMatchObject({
      api: 'v2',
      securityPolicy: 'TLS_1_0',
      minTlsVersion: 'TLSv1',
      endpointTypes: ['REGIONAL'],
      configurationCertificateArns: [cert('api')],
      internetFacing: true,
    });
    expect(graph.targets(arn(EU, 'ws.example.com'), 'uses-certificate').map((n) => n.id)).toEqual([cert('api')]);
    expect(a(US, 'edge.example.com')).toMatchObject({
      endpointTypes: ['EDGE'],
      certificateArn: cert('edge'),
      regionalCertificateArn: null,
    });
    expect(graph.targets(arn(US, 'edge.example.com'), 'uses-certificate').map((n) => n.id)).toEqual([cert('edge')]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (region: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === 'CP-APIGW-001' && r.resource.id === arn(region, name))?.status;
    expect(
      ['old.example.com', 'api.example.com', 'internal.example.com', 'nopolicy.example.com', 'ws.example.com'].map((n) => status(EU, n)),
    ).toEqual(['fail', 'pass', 'pass', 'unknown', 'fail']);
    expect(status(US, 'edge.example.com')).toBe('pass');
  });
});
