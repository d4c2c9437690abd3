/**
 * The AMI collector against the emulator: images the account owns, one public, one shared
 * with another account, and another account's public image that must not be listed. The
 * emulator ignores the block-device mappings of RegisterImage and backs every image with a
 * fresh unencrypted snapshot, and never states `Ebs.Encrypted`: the unencrypted case is
 * decided here through the snapshot (collected by the EBS module); images whose mappings
 * state their encryption, and their keys, are tested on canned answers
 * (test/unit/collect/ami.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import type { Ec2ImageAttributes } from '../../../src/services/ami/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const OTHER_ACCOUNT = '210987654321';
const EU = 'eu-west-1';
const US = 'us-east-1';

const image = (graph: Graph, name: string) => {
  const node = graph.nodesOfType('ec2.image').find((n) => n.name === name);
  if (!node) throw new Error(`no image named ${name}`);
  return node as typeof node & { attributes: Ec2ImageAttributes };
};

describe('AMI collector against the emulator', () => {
  it("collects the account's own images with their public flag and their snapshots, and decides encryption by the snapshot", async () => {
    await seedAccount(emulatorClients(), {
      ami: [
        { region: EU, name: 'golden-base', description: 'hardened base image' },
        { region: EU, name: 'published', public: true },
        { region: US, name: 'partner-build', sharedWith: [OTHER_ACCOUNT] },
      ],
    });
    // Another account's public image: never part of this account's scan.
    await seedAccount(emulatorClients(), { account: OTHER_ACCOUNT, ami: [{ region: EU, name: 'strangers', public: true }] });

    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['ebs', 'ami'], maxAttempts: 2 });
    const { graph, snapshot } = run;
    expect(
      graph
        .nodesOfType('ec2.image')
        .map((n) => [n.name, n.region, n.account])
        .sort(),
    ).toEqual([
      ['golden-base', EU, DEFAULT_ACCOUNT],
      ['partner-build', US, DEFAULT_ACCOUNT],
      ['published', EU, DEFAULT_ACCOUNT],
    ]);

    const base = image(graph, 'golden-base');
    expect(base.id).toBe(`arn:aws:ec2:${EU}::image/${base.attributes.imageId}`);
    const [mapping] = base.attributes.ebsMappings ?? [];
    // The emulator's own mapping: no Ebs.Encrypted, no key; so the image states nothing about its encryption.
    expect(base.attributes).toEqual({
      imageId: expect.stringMatching(/^ami-/),
      state: 'available',
      public: false,
      ownerId: DEFAULT_ACCOUNT,
      creationDate: expect.any(String),
      // The emulator answers "standard" where AWS answers ebs or instance-store.
      rootDeviceType: 'standard',
      ebsMappings: [{ deviceName: mapping!.deviceName, snapshotId: expect.stringMatching(/^snap-/) }],
      snapshotIds: [mapping!.snapshotId],
      kmsKeyIds: [],
    });
    // Its snapshot is the account's own, collected by EBS, and not encrypted.
    const [backing] = graph.targets(base.id, 'backed-by');
    expect(backing).toMatchObject({ id: `arn:aws:ec2:${EU}::snapshot/${mapping!.snapshotId}`, type: 'ec2.snapshot' });
    expect(backing!.attributes).toMatchObject({ encrypted: false, ownerId: DEFAULT_ACCOUNT });
    expect(graph.outgoing(base.id, 'encrypted-by')).toEqual([]);

    expect(image(graph, 'published').attributes.public).toBe(true);
    // Shared with one account is not public.
    expect(image(graph, 'partner-build').attributes.public).toBe(false);

    // One DescribeImages page per region; EBS's emulator gaps only (no AMI gap).
    const calls = (region: string) =>
      snapshot.scan.apiCalls.filter((c) => c.operation === 'DescribeImages' && c.region === region).reduce((n, c) => n + c.attempts, 0);
    expect([calls(EU), calls(US)]).toEqual([1, 1]);
    expect(snapshot.gaps.filter((g) => g.service === 'ami')).toEqual([]);

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) =>
      results.find((r) => r.ruleId === rule && r.resource.id === image(graph, name).id)?.status;
    const names = ['golden-base', 'published', 'partner-build'];
    expect(names.map((n) => status('CP-AMI-001', n))).toEqual(['fail', 'fail', 'fail']);
    expect(names.map((n) => status('CP-AMI-002', n))).toEqual(['pass', 'fail', 'pass']);
    expect(names.map((n) => status('CP-AMI-003', n))).toEqual(['not_applicable', 'not_applicable', 'not_applicable']);
    const failure = results.find((r) => r.ruleId === 'CP-AMI-002' && r.status === 'fail');
    expect(failure?.message).toBe(
      `AMI published (${image(graph, 'published').attributes.imageId}) is public: any AWS account can launch instances from it and copy its snapshots ${image(graph, 'published').attributes.snapshotIds![0]}.`,
    );
  });

  it('leaves the encryption of an image unknown when its snapshot was not collected', async () => {
    await seedAccount(emulatorClients(), { ami: [{ region: EU, name: 'golden-base' }] });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['ami'] });
    const base = image(run.graph, 'golden-base');
    const [backing] = run.graph.targets(base.id, 'backed-by');
    expect(backing).toMatchObject({ type: 'external', attributes: { resourceType: 'ec2.snapshot', reason: 'not-collected' } });
    const { results } = evaluateSnapshot(run, prepareRules());
    expect(results.find((r) => r.ruleId === 'CP-AMI-001' && r.resource.id === base.id)?.status).toBe('unknown');
  });
});
