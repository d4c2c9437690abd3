/**
 * The Classic Load Balancer collector against the emulator: an internet-facing balancer with
 * only plaintext listeners, one with an HTTPS listener beside its HTTP one (a predefined
 * policy that accepts TLS 1.0) and an SSL listener (a custom policy of TLS 1.2 only), an
 * internal balancer with an HTTPS listener whose policy references TLS 1.2 only, and an
 * HTTPS listener with no negotiation policy (moto attaches none; AWS always does).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { ElbListenerAttributes, ElbLoadBalancerAttributes } from '../../../src/services/elb/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const US = 'us-east-1';
const lbArn = (name: string) => `arn:aws:elasticloadbalancing:${US}:${DEFAULT_ACCOUNT}:loadbalancer/${name}`;

const definition: AccountDefinition = {
  acm: [
    { ref: 'web', region: US, domain: 'web.example.com', source: 'requested' },
    { ref: 'mail', region: US, domain: 'mail.example.com', source: 'requested' },
  ],
  elb: [
    {
      name: 'plain',
      region: US,
      listeners: [
        { protocol: 'HTTP', port: 80 },
        { protocol: 'TCP', port: 25 },
      ],
    },
    {
      name: 'web',
      region: US,
      listeners: [
        { protocol: 'HTTP', port: 80 },
        { protocol: 'HTTPS', port: 443, certificate: '@web', policy: { reference: 'ELBSecurityPolicy-2016-08' } },
        { protocol: 'SSL', port: 465, certificate: '@mail', policy: { protocols: { TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true } } },
        { protocol: 'HTTPS', port: 8443, certificate: '@web' },
      ],
    },
    {
      name: 'inside',
      region: US,
      scheme: 'internal',
      listeners: [
        { protocol: 'HTTP', port: 80 },
        { protocol: 'HTTPS', port: 443, certificate: '@web', policy: { reference: 'ELBSecurityPolicy-TLS-1-2-2017-01' } },
      ],
    },
  ],
};

describe('Classic Load Balancer collector against the emulator', () => {
  it('collects balancers and listeners as TLS endpoints with their certificates and negotiation policies', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const cert = (ref: string) => seeded.certificates.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [US], services: ['elb', 'acm'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    expect(snapshot.gaps).toEqual([]);

    expect(
      graph
        .nodesOfType('elb.load-balancer')
        .map((n) => n.id)
        .sort(),
    ).toEqual([lbArn('inside'), lbArn('plain'), lbArn('web')]);
    const lb = (name: string) => graph.node(lbArn(name))!.attributes as ElbLoadBalancerAttributes;
    expect(lb('plain')).toMatchObject({
      loadBalancerName: 'plain',
      scheme: 'internet-facing',
      internetFacing: true,
      tlsListeners: 0,
      plaintextListeners: 2,
    });
    expect(lb('web')).toMatchObject({ tlsListeners: 3, plaintextListeners: 1 });
    expect(lb('inside')).toMatchObject({ scheme: 'internal', internetFacing: false, tlsListeners: 1 });

    const listener = (name: string, port: number) => graph.node(`${lbArn(name)}/listener/${port}`)!;
    const a = (name: string, port: number) => listener(name, port).attributes as ElbListenerAttributes;
    expect(
      graph
        .nodesOfType('elb.listener')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['inside:443', 'inside:80', 'plain:25', 'plain:80', 'web:443', 'web:465', 'web:80', 'web:8443']);

    expect(a('plain', 80)).toMatchObject({
      internetFacing: true,
      protocol: 'HTTP',
      port: 80,
      hostNames: [lb('plain').dnsName!],
      plaintextAccepted: true,
      tlsPolicy: null,
      minTlsVersion: null,
      tls: false,
      loadBalancerTlsListeners: 0,
      certificateArn: null,
      sslNegotiationPolicy: null,
    } satisfies Partial<ElbListenerAttributes>);
    expect(a('plain', 25)).toMatchObject({ protocol: 'TCP', plaintextAccepted: true });
    expect(a('web', 80)).toMatchObject({ plaintextAccepted: true, loadBalancerTlsListeners: 3 });

    expect(a('web', 443)).toMatchObject({
      protocol: 'HTTPS',
      plaintextAccepted: false,
      tls: true,
      certificateArn: cert('web'),
      sslNegotiationPolicy: 'web-443-ssl',
      referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08',
      tlsPolicy: 'ELBSecurityPolicy-2016-08',
      tlsProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      tlsPolicySource: 'documented',
      minTlsVersion: 'TLSv1',
    } satisfies Partial<ElbListenerAttributes>);
    expect(graph.targets(listener('web', 443).id, 'uses-certificate').map((n) => n.id)).toEqual([cert('web')]);
    expect(a('web', 465)).toMatchObject({
      protocol: 'SSL',
      certificateArn: cert('mail'),
      referenceSecurityPolicy: null,
      tlsPolicy: 'web-465-ssl',
      tlsProtocols: ['TLSv1.2'],
      tlsPolicySource: 'policy-attributes',
      minTlsVersion: 'TLSv1.2',
    });
    expect(graph.targets(listener('web', 465).id, 'uses-certificate').map((n) => n.id)).toEqual([cert('mail')]);
    // No negotiation policy: what it accepts is unknown, not safe.
    expect(a('web', 8443)).toMatchObject({ tls: true, sslNegotiationPolicy: null, policyNames: [] });
    expect(a('web', 8443).minTlsVersion).toBeUndefined();
    expect(a('inside', 443)).toMatchObject({
      internetFacing: false,
      minTlsVersion: 'TLSv1.2',
      tlsPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    });

    const evaluation = evaluateSnapshot(run, prepareRules());
    expect(evaluation.results.length).toBeGreaterThan(0);
  });
});
