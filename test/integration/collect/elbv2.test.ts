/**
 * The ELBv2 collector against the emulator: an Application Load Balancer with an HTTP
 * listener that serves, one that redirects to HTTPS, an HTTPS listener with an old policy and
 * an SNI certificate, and an HTTPS listener with a TLS 1.2 policy; a Network Load Balancer
 * with a TLS listener (moto puts `/app/` in its ARN: the type comes from `Type`) and a TCP
 * listener; an internal ALB with an undocumented policy name. Listeners are TLS endpoints
 * with `uses-certificate` edges to every certificate they present, SNI ones included.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { Elbv2ListenerAttributes, Elbv2LoadBalancerAttributes } from '../../../src/services/elbv2/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';

const definition: AccountDefinition = {
  acm: [
    { ref: 'shop', region: EU, domain: 'shop.example.com', source: 'requested' },
    { ref: 'shop-sni', region: EU, domain: 'sni.example.com', source: 'requested' },
    { ref: 'api', region: EU, domain: 'api.example.com', source: 'requested' },
  ],
  elbv2: {
    loadBalancers: [
      {
        name: 'shop',
        region: EU,
        listeners: [
          { protocol: 'HTTP', port: 80, action: 'forward' },
          { protocol: 'HTTP', port: 8080, action: 'redirect-https' },
          { protocol: 'HTTPS', port: 443, sslPolicy: 'ELBSecurityPolicy-2016-08', certificate: '@shop', sniCertificates: ['@shop-sni'] },
          { protocol: 'HTTPS', port: 8443, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificate: '@shop' },
        ],
      },
      {
        name: 'api',
        region: EU,
        type: 'network',
        listeners: [
          { protocol: 'TLS', port: 443, sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01', certificate: '@api' },
          { protocol: 'TCP', port: 25 },
        ],
      },
      {
        name: 'inside',
        region: EU,
        scheme: 'internal',
        listeners: [{ protocol: 'HTTPS', port: 443, sslPolicy: 'my-own-policy', certificate: '@api' }],
      },
    ],
  },
};

describe('ELBv2 collector against the emulator', () => {
  it('collects load balancers and listeners as TLS endpoints with their certificates and policies', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const cert = (ref: string) => seeded.certificates.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['elbv2', 'acm'], maxAttempts: 2 });
    const { graph, snapshot } = run;

    // The undocumented policy: moto describes no such policy, so its protocols are unknown (a gap).
    expect(snapshot.gaps.map((g) => [g.service, g.operation, g.code])).toEqual([['elbv2', 'DescribeSSLPolicies', 'SSLPolicyNotFound']]);
    expect(snapshot.gaps[0]!.message).toContain('my-own-policy');

    const balancers = graph.nodesOfType('elbv2.load-balancer');
    expect(balancers.map((b) => b.name).sort()).toEqual(['api', 'inside', 'shop']);
    const lb = (name: string) => balancers.find((b) => b.name === name)!;
    expect(lb('api').id).toContain(':loadbalancer/'); // moto: `/app/` even for a Network Load Balancer
    expect(lb('api').attributes as Elbv2LoadBalancerAttributes).toMatchObject({
      type: 'network',
      scheme: 'internet-facing',
      internetFacing: true,
      listenerCount: 2,
    });
    expect(lb('inside').attributes as Elbv2LoadBalancerAttributes).toMatchObject({
      type: 'application',
      scheme: 'internal',
      internetFacing: false,
      listenerCount: 1,
    });
    expect(lb('shop')).toMatchObject({ account: DEFAULT_ACCOUNT, region: EU });

    const listeners = graph.nodesOfType('elbv2.listener');
    expect(listeners.map((l) => l.name).sort()).toEqual([
      'api:25',
      'api:443',
      'inside:443',
      'shop:443',
      'shop:80',
      'shop:8080',
      'shop:8443',
    ]);
    const listener = (name: string) => listeners.find((l) => l.name === name)!;
    const a = (name: string) => listener(name).attributes as Elbv2ListenerAttributes;
    const dns = (lb('shop').attributes as Elbv2LoadBalancerAttributes).dnsName!;

    expect(a('shop:80')).toMatchObject({
      internetFacing: true,
      protocol: 'HTTP',
      port: 80,
      hostNames: [dns],
      plaintextAccepted: true,
      tlsPolicy: null, // moto reports a policy on HTTP listeners; it is not one
      minTlsVersion: null,
      tls: false,
      redirectsToHttps: false,
      tlsProtocols: null,
      defaultCertificateArn: null,
      certificateArns: [],
      loadBalancerArn: lb('shop').id,
      loadBalancerName: 'shop',
      loadBalancerType: 'application',
    } satisfies Partial<Elbv2ListenerAttributes>);
    expect(a('shop:80').defaultActions?.[0]?.type).toBe('forward');
    expect(a('shop:8080')).toMatchObject({ plaintextAccepted: false, redirectsToHttps: true, tlsPolicy: null });
    expect(a('shop:8080').defaultActions).toEqual([
      { type: 'redirect', redirectProtocol: 'HTTPS', redirectPort: '443', redirectStatusCode: 'HTTP_301' },
    ]);

    expect(a('shop:443')).toMatchObject({
      protocol: 'HTTPS',
      plaintextAccepted: false,
      tls: true,
      redirectsToHttps: null,
      tlsPolicy: 'ELBSecurityPolicy-2016-08',
      tlsProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      tlsPolicySource: 'documented',
      minTlsVersion: 'TLSv1',
      defaultCertificateArn: cert('shop'),
      certificateArns: [cert('shop'), cert('shop-sni')],
    } satisfies Partial<Elbv2ListenerAttributes>);
    // One edge per certificate, the SNI one included (ACM's InUseBy does not name it in moto).
    expect(
      graph
        .targets(listener('shop:443').id, 'uses-certificate')
        .map((n) => n.id)
        .sort(),
    ).toEqual([cert('shop'), cert('shop-sni')].sort());
    expect(a('shop:8443')).toMatchObject({
      minTlsVersion: 'TLSv1.2',
      tlsProtocols: ['TLSv1.2', 'TLSv1.3'],
      certificateArns: [cert('shop')],
    });

    expect(a('api:443')).toMatchObject({
      protocol: 'TLS',
      loadBalancerType: 'network',
      plaintextAccepted: false,
      tlsPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      minTlsVersion: 'TLSv1.2',
      certificateArns: [cert('api')],
    });
    expect(graph.targets(listener('api:443').id, 'uses-certificate').map((n) => n.id)).toEqual([cert('api')]);
    expect(a('api:25')).toMatchObject({
      protocol: 'TCP',
      plaintextAccepted: true,
      tlsPolicy: null,
      minTlsVersion: null,
      redirectsToHttps: null,
    });

    // An unknown policy name: the policy is kept, what it allows is not known.
    expect(a('inside:443')).toMatchObject({ internetFacing: false, tlsPolicy: 'my-own-policy', certificateArns: [cert('api')] });
    expect(a('inside:443').minTlsVersion).toBeUndefined();
    expect(a('inside:443').tlsProtocols).toBeUndefined();

    const evaluation = evaluateSnapshot(run, prepareRules());
    expect(evaluation.results.length).toBeGreaterThan(0);
  });
});
