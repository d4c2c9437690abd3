import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import type { AcmCertificateAttributes } from '../../../src/services/acm/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';
import { startFaultProxy } from '../../support/fault-proxy.ts';

const OTHER_ACCOUNT = '210987654321';
const DAY_MS = 86_400_000;

const definition: AccountDefinition = {
  acm: [
    {
      ref: 'shop',
      region: 'eu-west-1',
      domain: 'shop.example.com',
      subjectAlternativeNames: ['www.shop.example.com'],
      source: 'requested',
    },
    { ref: 'mail', region: 'us-east-1', domain: 'mail.example.com', source: 'requested', validationMethod: 'EMAIL' },
    { ref: 'rsa-3072', region: 'eu-west-1', domain: 'legacy.example.com', source: 'imported', keyAlgorithm: 'RSA_3072', daysValid: 20 },
    { ref: 'ec-p256', region: 'eu-west-1', domain: 'api.example.com', source: 'imported', keyAlgorithm: 'EC_prime256v1', daysValid: 200 },
    { ref: 'rsa-4096', region: 'us-east-1', domain: 'vault.example.com', source: 'imported', keyAlgorithm: 'RSA_4096', daysValid: 90 },
    { ref: 'ec-p384', region: 'us-east-1', domain: 'edge.example.com', source: 'imported', keyAlgorithm: 'EC_secp384r1', daysValid: 400 },
    { ref: 'rsa-2048', region: 'us-east-1', domain: 'old.example.com', source: 'imported', keyAlgorithm: 'RSA_2048', daysValid: 5 },
  ],
};

describe('ACM collector against the emulator', () => {
  it('collects every certificate of every region and key type with its details', async () => {
    const before = Date.now();
    const seeded = await seedAccount(emulatorClients(), definition);
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['acm'],
    });

    const certificates = graph.nodesOfType('acm.certificate');
    expect(certificates.map((c) => c.id).sort()).toEqual([...seeded.certificates.values()].sort());
    const attributes = (ref: string) => graph.node(seeded.certificates.get(ref)!)!.attributes as AcmCertificateAttributes;

    const keyAlgorithms = Object.fromEntries([...seeded.certificates].map(([ref]) => [ref, attributes(ref).keyAlgorithm]));
    expect(keyAlgorithms).toEqual({
      shop: 'RSA_2048',
      mail: 'RSA_2048',
      'rsa-3072': 'RSA_3072',
      'ec-p256': 'EC_prime256v1',
      'rsa-4096': 'RSA_4096',
      'ec-p384': 'EC_secp384r1',
      'rsa-2048': 'RSA_2048',
    });

    const shop = graph.node(seeded.certificates.get('shop')!)!;
    expect(shop).toMatchObject({ region: 'eu-west-1', account: '123456789012', name: 'shop.example.com' });
    // moto issues a requested certificate at once (MOTO_ACM_VALIDATION_WAIT=0), valid a year.
    expect(shop.attributes as AcmCertificateAttributes).toMatchObject({
      domainName: 'shop.example.com',
      type: 'AMAZON_ISSUED',
      status: 'ISSUED',
      validationMethods: ['DNS'],
      inUse: false,
      inUseBy: [],
      transparencyLogging: 'ENABLED',
      renewalEligibility: 'INELIGIBLE',
    });
    expect([...(attributes('shop').subjectAlternativeNames ?? [])].sort()).toEqual(['shop.example.com', 'www.shop.example.com']);
    expect(attributes('shop').domainValidations?.map((v) => [v.domainName, v.validationStatus])).toEqual([
      ['shop.example.com', 'SUCCESS'],
      ['www.shop.example.com', 'SUCCESS'],
    ]);
    // moto validates every requested certificate by DNS, whatever was asked (email validation
    // is covered by the unit tests).
    expect(attributes('mail').validationMethods).toEqual(['DNS']);

    const legacy = attributes('rsa-3072');
    expect(legacy).toMatchObject({ type: 'IMPORTED', status: 'ISSUED', validationMethods: [], signatureAlgorithm: 'SHA256WITHRSA' });
    const expiresInDays = (Date.parse(legacy.notAfter!) - before) / DAY_MS;
    expect(expiresInDays).toBeGreaterThan(19.9);
    expect(expiresInDays).toBeLessThan(20.1);
    expect(legacy.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(attributes('ec-p384').signatureAlgorithm).toBe('ECDSA-WITH-SHA384');

    // One ListCertificates per region, one DescribeCertificate per certificate.
    const attempts = (operation: string) =>
      snapshot.scan.apiCalls.filter((c) => c.service === 'acm' && c.operation === operation).reduce((n, c) => n + c.attempts, 0);
    expect(attempts('ListCertificates')).toBe(2);
    expect(attempts('DescribeCertificate')).toBe(definition.acm!.length);
    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.scan.complete).toBe(true);
  });

  it('scans a second account on its own', async () => {
    const other = await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      acm: [{ ref: 'theirs', region: 'us-east-1', domain: 'theirs.example.org', source: 'imported', keyAlgorithm: 'EC_prime256v1' }],
    });
    await seedAccount(emulatorClients(), { acm: [{ ref: 'mine', region: 'us-east-1', domain: 'mine.example.com', source: 'requested' }] });
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['acm'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(snapshot.scan.caller?.account).toBe(OTHER_ACCOUNT);
    const certificates = graph.nodesOfType('acm.certificate');
    expect(certificates.map((c) => c.id)).toEqual([other.certificates.get('theirs')]);
    expect(certificates[0]).toMatchObject({ account: OTHER_ACCOUNT, region: 'us-east-1', name: 'theirs.example.org' });
    expect((certificates[0]!.attributes as AcmCertificateAttributes).keyAlgorithm).toBe('EC_prime256v1');
    expect(snapshot.gaps).toEqual([]);
  });

  it('records failures as gaps and keeps what it could read: a denied region, an emulator 500 per certificate', async () => {
    const seeded = await seedAccount(emulatorClients(), {
      acm: [
        { ref: 'eu', region: 'eu-west-1', domain: 'eu.example.com', source: 'requested' },
        { ref: 'us', region: 'us-east-1', domain: 'us.example.com', source: 'imported', keyAlgorithm: 'EC_secp384r1', daysValid: 30 },
      ],
    });
    const proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'acm', operation: 'ListCertificates', region: 'eu-west-1', fault: 'denied' },
      { service: 'acm', operation: 'DescribeCertificate', region: 'us-east-1', fault: 'html500' },
    ]);
    try {
      const { graph, snapshot } = await takeSnapshot({
        endpoint: proxy.endpoint,
        regions: ['eu-west-1', 'us-east-1'],
        services: ['acm'],
        maxAttempts: 1,
      });
      // The certificate of the denied region is not reported as absent-and-fine: a gap says why.
      expect(graph.nodesOfType('acm.certificate').map((n) => n.id)).toEqual([seeded.certificates.get('us')]);
      const us = graph.node(seeded.certificates.get('us')!)!.attributes as AcmCertificateAttributes;
      expect(us).toMatchObject({ keyAlgorithm: 'EC_secp384r1', type: 'IMPORTED', status: 'ISSUED' });
      expect(us).not.toHaveProperty('signatureAlgorithm');
      expect(snapshot.gaps.map((g) => [g.region, g.operation, g.code, g.resource])).toEqual([
        ['eu-west-1', 'ListCertificates', 'AccessDeniedException', undefined],
        ['us-east-1', 'DescribeCertificate', 'NonAwsResponse', seeded.certificates.get('us')],
      ]);
      expect(snapshot.scan.complete).toBe(false);
    } finally {
      await proxy.close();
    }
  });
});
