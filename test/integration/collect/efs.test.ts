/**
 * The EFS collector against the emulator: unencrypted file systems, the default key (the
 * emulator names none where AWS names `aws/elasticfilesystem`), customer managed keys by ARN
 * and alias, a disabled key, and a listing of more than one page.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';

const definition: AccountDefinition = {
  kms: [
    { ref: 'home', region: EU, aliases: ['alias/home-dirs'] },
    { ref: 'frozen', region: EU, state: 'Disabled' },
  ],
  efs: [
    { name: 'scratch', region: EU, tags: { team: 'render' } },
    { name: 'shared', region: EU, encrypted: true },
    { name: 'home', region: EU, kmsKey: '@home' },
    { name: 'home-by-alias', region: EU, kmsKey: 'alias/home-dirs' },
    { name: 'frozen', region: EU, kmsKey: '@frozen' },
    { name: 'builds', region: US },
  ],
};

const byName = (graph: Graph, name: string) => graph.nodesOfType('efs.file-system').find((n) => n.name === name)!;

describe('EFS collector against the emulator', () => {
  it('collects every file system of every region with its key, encryption level and rule outcomes', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['kms', 'efs'] });
    const { graph, snapshot } = run;

    expect(graph.nodesOfType('efs.file-system').map((n) => [n.region, n.name])).toEqual(
      expect.arrayContaining([
        [EU, 'scratch'],
        [EU, 'shared'],
        [EU, 'home'],
        [EU, 'home-by-alias'],
        [EU, 'frozen'],
        [US, 'builds'],
      ]),
    );
    expect(graph.nodesOfType('efs.file-system')).toHaveLength(6);

    const scratch = byName(graph, 'scratch');
    expect(scratch.id).toMatch(new RegExp(`^arn:aws:elasticfilesystem:${EU}:${DEFAULT_ACCOUNT}:file-system/fs-[0-9a-f]+$`));
    expect(scratch.tags).toEqual({ Name: 'scratch', team: 'render' });
    expect(scratch.attributes).toEqual({
      fileSystemId: scratch.id.split('/').pop(),
      encrypted: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      kmsKeyId: null,
      lifeCycleState: 'available',
      performanceMode: 'generalPurpose',
      throughputMode: 'bursting',
      availabilityZoneName: null,
      numberOfMountTargets: 0,
      creationTime: expect.any(String),
    });
    expect(graph.outgoing(scratch.id)).toEqual([]);

    // Encrypted without a key: the emulator names none; the documented default key is recorded.
    const shared = byName(graph, 'shared');
    const defaultAlias = `arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:alias/aws/elasticfilesystem`;
    expect(shared.attributes).toMatchObject({ encrypted: true, kmsKeyId: defaultAlias, encryptionLevel: 'aws-managed-kms' });
    const [sharedKey] = graph.targets(shared.id, 'encrypted-by');
    expect((sharedKey!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    // Customer managed keys, by ARN and by alias.
    expect(byName(graph, 'home').attributes).toMatchObject({ kmsKeyId: key('home'), encryptionLevel: 'customer-managed-kms' });
    expect(byName(graph, 'home-by-alias').attributes).toMatchObject({
      kmsKeyId: 'alias/home-dirs',
      encryptionLevel: 'customer-managed-kms',
    });
    for (const name of ['home', 'home-by-alias'])
      expect(graph.targets(byName(graph, name).id, 'encrypted-by').map((n) => n.id)).toEqual([key('home')]);
    expect(graph.targets(byName(graph, 'frozen').id, 'encrypted-by').map((n) => n.id)).toEqual([key('frozen')]);

    expect(snapshot.gaps).toEqual([]);
    const calls = snapshot.scan.apiCalls.filter((c) => c.service === 'elasticfilesystem').map((c) => [c.region, c.operation, c.attempts]);
    expect(calls.sort()).toEqual([
      [EU, 'DescribeFileSystems', 1],
      [US, 'DescribeFileSystems', 1],
    ]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === byName(graph, name).id)?.status;
    const names = ['scratch', 'shared', 'home', 'home-by-alias', 'frozen', 'builds'];
    expect(names.map((n) => [n, status('CP-EFS-001', n), status('CP-EFS-002', n), status('CP-EFS-003', n)])).toEqual([
      ['scratch', 'fail', 'not_applicable', 'not_applicable'],
      ['shared', 'pass', 'fail', 'pass'],
      ['home', 'pass', 'pass', 'pass'],
      ['home-by-alias', 'pass', 'pass', 'pass'],
      ['frozen', 'pass', 'pass', 'fail'],
      ['builds', 'fail', 'not_applicable', 'not_applicable'],
    ]);
    // The disabled key's only user is a file system: it is in use (CP-KMS-008), not unused (CP-KMS-007).
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === key('frozen'))?.status).not.toBe('fail');
    expect(evaluation.results.find((r) => r.ruleId === 'CP-KMS-008' && r.resource.id === key('frozen'))?.status).toBe('fail');
  });

  it('reads every page of a listing longer than one page (100 file systems a page)', async () => {
    await seedAccount(emulatorClients(), {
      efs: Array.from({ length: 105 }, (_, i) => ({ name: `fs-${String(i).padStart(3, '0')}`, region: US })),
    });
    const { graph, snapshot } = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [US], services: ['efs'] });
    expect(graph.nodesOfType('efs.file-system')).toHaveLength(105);
    expect(snapshot.scan.apiCalls.find((c) => c.operation === 'DescribeFileSystems')?.attempts).toBe(2);
    expect(snapshot.gaps).toEqual([]);
  });
});
