/**
 * A certificate's blast radius on the emulator: an imported certificate that expires in 20
 * days is an additional (SNI) certificate of an internet-facing HTTPS listener. The
 * emulator leaves ACM's `InUseBy` empty for SNI certificates (AWS fills it), so the
 * listener is known only from its own configuration: the findings must name it anyway.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { AcmCertificateAttributes } from '../../../src/services/acm/types.ts';
import { emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';

const definition: AccountDefinition = {
  acm: [
    { ref: 'shop', region: EU, domain: 'shop.example.com', source: 'requested' },
    { ref: 'expiring', region: EU, domain: 'partner.example.com', source: 'imported', daysValid: 20 },
    { ref: 'idle', region: EU, domain: 'idle.example.com', source: 'imported', daysValid: 20 },
  ],
  elbv2: {
    loadBalancers: [
      {
        name: 'shop',
        region: EU,
        listeners: [
          {
            protocol: 'HTTPS',
            port: 443,
            sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
            certificate: '@shop',
            sniCertificates: ['@expiring'],
          },
        ],
      },
    ],
  },
};

describe('certificates linked to the endpoints that present them (emulator)', () => {
  it("names the listener in an expiring certificate's findings even when ACM's InUseBy is empty", async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const expiring = seeded.certificates.get('expiring')!;
    const idle = seeded.certificates.get('idle')!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['acm', 'elbv2'], maxAttempts: 2 });
    expect(run.snapshot.gaps).toEqual([]);

    // The premise: the emulator does not list the listener as a user of its SNI certificate.
    const attributes = run.graph.node(expiring)!.attributes as AcmCertificateAttributes;
    expect(attributes.inUseBy).toEqual([]);
    expect(attributes.inUse).toBe(false);
    // The listener's own configuration links it.
    const presenters = run.graph.incoming(expiring, 'uses-certificate').map((e) => run.graph.node(e.from)!.name);
    expect(presenters).toEqual(['shop:443']);
    expect(attributes.presentedBy).toBe(1);

    const results = evaluateSnapshot(run, prepareRules()).results;
    const result = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)!;
    // 19 whole days left (the certificate starts a little before the scan): high, one step higher because an internet-facing listener presents it.
    expect(result('CP-ACM-001', expiring)).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result('CP-ACM-001', expiring).message).toMatch(/, 19 days after the scan\. Endpoints that present it: shop:443\.$/);
    expect(result('CP-ACM-001', expiring).evidence).toContainEqual(
      expect.objectContaining({ kind: 'related', node: expiring, direction: 'in', edges: ['uses-certificate'] }),
    );
    // Imported and expiring (high), raised too.
    expect(result('CP-ACM-003', expiring)).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(result('CP-ACM-009', expiring).status).toBe('pass');

    // The look-alike no endpoint presents: not raised, not named, and reported as unused.
    expect(result('CP-ACM-001', idle)).toMatchObject({ status: 'fail', severity: 'high' });
    expect(result('CP-ACM-001', idle).message).toMatch(/Endpoints that present it: \(none\)\.$/);
    expect(result('CP-ACM-009', idle).status).toBe('fail');
  });
});
