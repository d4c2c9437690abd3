/**
 * The ECR collector against the emulator: repositories encrypted with AES256, KMS with a
 * customer managed key, KMS_DSSE, and KMS without a key (moto then invents the ARN of a key
 * that does not exist, where AWS names its aws/ecr key), and a key whose only users are
 * repositories: disabled or pending deletion, it still protects resources
 * (CP-KMS-006/008), never "used by no scanned resource" (CP-KMS-007).
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { EcrRepositoryAttributes } from '../../../src/services/ecr/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const repoArn = (region: string, name: string) => `arn:aws:ecr:${region}:${DEFAULT_ACCOUNT}:repository/${name}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'images', region: EU, aliases: ['alias/images'] },
    { ref: 'retired', region: EU, state: 'Disabled' },
    { ref: 'doomed', region: US, state: 'PendingDeletion' },
  ],
  ecr: [
    { name: 'orders', region: EU, kmsKey: '@images' },
    { name: 'plain', region: EU },
    { name: 'dsse', region: EU, encryptionType: 'KMS_DSSE', kmsKey: '@images' },
    { name: 'default-kms', region: EU, encryptionType: 'KMS' },
    { name: 'retired', region: EU, kmsKey: '@retired' },
    { name: 'doomed', region: US, kmsKey: '@doomed' },
  ],
};

describe('ECR collector against the emulator', () => {
  it('collects every repository of every region, with its encryption, key and rule verdicts', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const key = (ref: string) => seeded.keys.get(ref)!;
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: ['ecr', 'kms'], maxAttempts: 2 });
    const { graph, snapshot } = run;

    expect(snapshot.gaps).toEqual([]);
    expect(graph.nodesOfType('ecr.repository').map((n) => n.id)).toEqual(
      [...['orders', 'plain', 'dsse', 'default-kms', 'retired'].map((n) => repoArn(EU, n)), repoArn(US, 'doomed')].sort(),
    );
    const a = (region: string, name: string) => graph.node(repoArn(region, name))!.attributes as EcrRepositoryAttributes;
    const orders = graph.node(repoArn(EU, 'orders'))!;
    expect(orders).toMatchObject({ type: 'ecr.repository', name: 'orders', account: DEFAULT_ACCOUNT, region: EU });
    expect(orders.attributes).toMatchObject({
      repositoryName: 'orders',
      registryId: DEFAULT_ACCOUNT,
      encryptionType: 'KMS',
      kmsKeyId: key('images'),
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
    } satisfies Partial<EcrRepositoryAttributes>);
    expect(graph.targets(orders.id, 'encrypted-by').map((n) => n.id)).toEqual([key('images')]);
    expect(a(EU, 'plain')).toMatchObject({
      encryptionType: 'AES256',
      kmsKeyId: null,
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
    });
    expect(graph.outgoing(repoArn(EU, 'plain'))).toEqual([]);
    expect(a(EU, 'dsse')).toMatchObject({ encryptionType: 'KMS_DSSE', encryptionMode: 'kms', encryptionLevel: 'customer-managed-kms' });

    // KMS without a key: moto names a key ARN of its own invention, which KMS does not know.
    const invented = graph.targets(repoArn(EU, 'default-kms'), 'encrypted-by');
    expect(invented).toHaveLength(1);
    expect(invented[0]!.id).toMatch(new RegExp(`^arn:aws:kms:${EU}:${DEFAULT_ACCOUNT}:key/`));
    expect(invented[0]!.type).toBe('external');
    expect(invented[0]!.attributes as ExternalAttributes).toMatchObject({ reason: 'not-found', health: 'missing' });
    expect(a(EU, 'default-kms')).toMatchObject({ encryptionType: 'KMS', encryptionMode: 'kms' });
    expect(a(EU, 'default-kms').encryptionLevel).toBeUndefined();

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(status('CP-ECR-001', orders.id)).toBe('pass');
    expect(status('CP-ECR-001', repoArn(EU, 'dsse'))).toBe('pass');
    expect(status('CP-ECR-001', repoArn(EU, 'default-kms'))).toBe('pass');
    expect(status('CP-ECR-001', repoArn(EU, 'plain'))).toBe('fail');
    expect(status('CP-ECR-002', orders.id)).toBe('pass');
    expect(status('CP-ECR-002', repoArn(EU, 'plain'))).toBe('not_applicable');
    expect(status('CP-ECR-002', repoArn(EU, 'retired'))).toBe('fail');
    expect(status('CP-ECR-002', repoArn(US, 'doomed'))).toBe('fail');
    // On moto the invented key is missing, so the repository fails; AWS names its aws/ecr key instead (unit test).
    expect(status('CP-ECR-002', repoArn(EU, 'default-kms'))).toBe('fail');
    // Keys whose only users are repositories are "in use".
    expect(status('CP-KMS-008', key('retired'))).toBe('fail');
    expect(status('CP-KMS-006', key('doomed'))).toBe('fail');
    expect(status('CP-KMS-007', key('doomed'))).toBe('pass');
  });
});
