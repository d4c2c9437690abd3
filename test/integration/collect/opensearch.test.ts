/**
 * The OpenSearch Service collector against the emulator: a domain with every protection off
 * (the emulator's defaults: no HTTPS enforcement, the TLS 1.0 policy), compliant look-alikes
 * encrypted with the default key (the emulator names none where AWS names `aws/es`) and
 * with a customer managed key by ARN and by alias, a key pending deletion whose only user is
 * a domain, and more than five domains (two `DescribeDomains` calls).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-north-1';
const US = 'us-east-2';
const MODERN = 'Policy-Min-TLS-1-2-PFS-2023-10';
const secure = { nodeToNode: true, enforceHttps: true, tlsPolicy: MODERN };

const definition: AccountDefinition = {
  kms: [
    { ref: 'search', region: EU, aliases: ['alias/search'] },
    { ref: 'doomed', region: EU, state: 'PendingDeletion' },
  ],
  opensearch: [
    { name: 'open', region: EU },
    { name: 'default-key', region: EU, encryptionAtRest: true, ...secure },
    { name: 'by-arn', region: EU, kmsKey: '@search', ...secure },
    { name: 'by-alias', region: EU, kmsKey: 'alias/search', ...secure },
    { name: 'retired', region: EU, kmsKey: '@doomed', ...secure },
    { name: 'http-only', region: EU, kmsKey: '@search', nodeToNode: true, tlsPolicy: MODERN },
    { name: 'old-tls', region: EU, kmsKey: '@search', nodeToNode: true, enforceHttps: true, tlsPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    { name: 'logs', region: US, kmsKey: 'alias/aws/es', ...secure },
  ],
};

const byName = (graph: Graph, name: string) => graph.nodesOfType('opensearch.domain').find((n) => n.name === name)!;

describe('OpenSearch Service collector against the emulator', () => {
  it('collects every domain of every region with its key, encryption, endpoint options and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'opensearch'] });
    const { graph, snapshot } = run;

    expect(
      graph
        .nodesOfType('opensearch.domain')
        .map((n) => [n.region, n.name])
        .sort(),
    ).toEqual([
      [EU, 'by-alias'],
      [EU, 'by-arn'],
      [EU, 'default-key'],
      [EU, 'http-only'],
      [EU, 'old-tls'],
      [EU, 'open'],
      [EU, 'retired'],
      [US, 'logs'],
    ]);

    const open = byName(graph, 'open');
    expect(open.id).toBe(`arn:aws:es:${EU}:${DEFAULT_ACCOUNT}:domain/open`);
    expect(open.attributes).toEqual({
      domainName: 'open',
      domainId: expect.any(String),
      engineVersion: 'OpenSearch_2.13',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      encryptionAtRestEnabled: false,
      kmsKeyId: null,
      nodeToNodeEncryptionEnabled: false,
      enforceHttps: false,
      customEndpointEnabled: false,
      customEndpointCertificateArn: null,
      vpc: false,
      deleted: false,
      internetFacing: true,
      protocol: 'HTTPS',
      port: 443,
      hostNames: [expect.any(String)],
      plaintextAccepted: true,
      tlsPolicy: 'Policy-Min-TLS-1-0-2019-07',
      minTlsVersion: 'TLSv1',
    });
    expect(graph.outgoing(open.id)).toEqual([]);

    // Encrypted without a key: the emulator names none; the documented default key is recorded.
    const defaultKey = byName(graph, 'default-key');
    const defaultAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/es`;
    expect(defaultKey.attributes).toMatchObject({
      encryptionAtRestEnabled: true,
      kmsKeyId: defaultAlias,
      nodeToNodeEncryptionEnabled: true,
      enforceHttps: true,
      plaintextAccepted: false,
      tlsPolicy: MODERN,
      minTlsVersion: 'TLSv1.2',
      encryptionLevel: 'aws-managed-kms',
    });
    const [defaultTarget] = graph.targets(defaultKey.id, 'encrypted-by');
    expect((defaultTarget!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    // Customer managed keys, by ARN and by alias.
    expect(byName(graph, 'by-arn').attributes).toMatchObject({ kmsKeyId: key('search'), encryptionLevel: 'customer-managed-kms' });
    expect(byName(graph, 'by-alias').attributes).toMatchObject({ kmsKeyId: 'alias/search', encryptionLevel: 'customer-managed-kms' });
    for (const name of ['by-arn', 'by-alias'])
      expect(graph.targets(byName(graph, name).id, 'encrypted-by').map((n) => n.id)).toEqual([key('search')]);
    expect(graph.targets(byName(graph, 'retired').id, 'encrypted-by').map((n) => n.id)).toEqual([key('doomed')]);
    // The AWS managed key by its alias: the emulator's reserved alias points at a key it never made.
    const [logsKey] = graph.targets(byName(graph, 'logs').id, 'encrypted-by');
    expect(byName(graph, 'logs').attributes).toMatchObject({ kmsKeyId: 'alias/aws/es', encryptionLevel: 'aws-managed-kms' });
    expect(logsKey!.type).toBe('external');
    expect((logsKey!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    expect(snapshot.gaps).toEqual([]);
    const calls = snapshot.scan.apiCalls.filter((c) => c.service === 'es').map((c) => [c.region, c.operation, c.attempts]);
    expect(calls.sort()).toEqual([
      [EU, 'DescribeDomains', 2],
      [EU, 'ListDomainNames', 1],
      [US, 'DescribeDomains', 1],
      [US, 'ListDomainNames', 1],
    ]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === byName(graph, name).id)?.status;
    const rules = ['CP-OS-001', 'CP-OS-002', 'CP-OS-003', 'CP-OS-004', 'CP-OS-005'];
    const names = ['open', 'default-key', 'by-arn', 'by-alias', 'retired', 'http-only', 'old-tls', 'logs'];
    expect(names.map((n) => [n, ...rules.map((r) => status(r, n))])).toEqual([
      ['open', 'fail', 'fail', 'fail', 'fail', 'not_applicable'],
      ['default-key', 'pass', 'pass', 'pass', 'pass', 'pass'],
      ['by-arn', 'pass', 'pass', 'pass', 'pass', 'pass'],
      ['by-alias', 'pass', 'pass', 'pass', 'pass', 'pass'],
      ['retired', 'pass', 'pass', 'pass', 'pass', 'fail'],
      ['http-only', 'pass', 'pass', 'fail', 'pass', 'pass'],
      ['old-tls', 'pass', 'pass', 'pass', 'fail', 'pass'],
      ['logs', 'pass', 'pass', 'pass', 'pass', 'pass'],
    ]);
    // The key pending deletion protects only a domain: still in use (CP-KMS-006), not unused (CP-KMS-007).
    const keyStatus = (rule: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === key('doomed'))?.status;
    expect(keyStatus('CP-KMS-006')).toBe('fail');
    expect(keyStatus('CP-KMS-007')).not.toBe('fail');
  });
});
