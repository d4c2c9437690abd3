import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { RdsSnapshotAttributes } from '../../../src/services/rds/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const OTHER_ACCOUNT = '210987654321';
const arn = (region: string, kind: string, id: string, account = DEFAULT_ACCOUNT) => `arn:aws:rds:${region}:${account}:${kind}:${id}`;

const definition: AccountDefinition = {
  kms: [
    { ref: 'orders', region: 'eu-west-1', aliases: ['alias/orders-db'] },
    { ref: 'analytics', region: 'us-east-1', aliases: ['alias/analytics-db'] },
  ],
  rds: {
    clusters: [
      { id: 'orders-aurora', region: 'eu-west-1', kmsKey: '@orders', tags: { team: 'payments' } },
      { id: 'legacy-aurora', region: 'us-east-1', engine: 'aurora-mysql' },
    ],
    instances: [
      { id: 'orders-aurora-1', region: 'eu-west-1', cluster: 'orders-aurora', instanceClass: 'db.r6g.large' },
      { id: 'billing', region: 'eu-west-1', storageEncrypted: true, engine: 'mysql' },
      { id: 'reports', region: 'us-east-1', publiclyAccessible: true },
      { id: 'analytics', region: 'us-east-1', kmsKey: '@analytics' },
    ],
    snapshots: [
      { id: 'reports-public', instance: 'reports', public: true },
      { id: 'billing-shared', instance: 'billing', sharedWith: [OTHER_ACCOUNT] },
      { id: 'orders-aurora-manual', cluster: 'orders-aurora', sharedWith: [OTHER_ACCOUNT] },
      { id: 'legacy-aurora-manual', cluster: 'legacy-aurora' },
    ],
  },
};

describe('RDS collector against the emulator', () => {
  it('collects instances, clusters and own snapshots of every region, with keys, sources and sharing', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const { graph, snapshot: snap } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['rds', 'kms'],
    });
    const key = (ref: string) => seeded.keys.get(ref)!;
    const r = seeded.rds!;

    expect(graph.nodesOfType('rds.instance').map((n) => n.id)).toEqual([...r.instances.values()].sort());
    expect(graph.nodesOfType('rds.cluster').map((n) => n.id)).toEqual([...r.clusters.values()].sort());

    // An Aurora cluster with a customer managed key, and its member instance.
    const aurora = graph.node(arn('eu-west-1', 'cluster', 'orders-aurora'))!;
    expect(aurora).toMatchObject({ region: 'eu-west-1', account: DEFAULT_ACCOUNT, name: 'orders-aurora', tags: { team: 'payments' } });
    expect(aurora.attributes).toMatchObject({
      dbClusterIdentifier: 'orders-aurora',
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      kmsKeyId: key('orders'),
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      members: ['orders-aurora-1'],
    });
    expect(graph.targets(aurora.id, 'encrypted-by').map((n) => n.id)).toEqual([key('orders')]);
    expect(graph.node(arn('eu-west-1', 'db', 'orders-aurora-1'))!.attributes).toMatchObject({
      dbClusterIdentifier: 'orders-aurora',
      instanceClass: 'db.r6g.large',
      encryptionLevel: 'customer-managed-kms',
    });

    // Encrypted without a key: moto's "default_kms_key_id" is RDS's AWS managed key in that region.
    const billing = graph.node(arn('eu-west-1', 'db', 'billing'))!;
    expect(billing.attributes).toMatchObject({
      engine: 'mysql',
      storageEncrypted: true,
      kmsKeyId: `arn:aws:kms:eu-west-1:${DEFAULT_ACCOUNT}:alias/aws/rds`,
      encryptionLevel: 'aws-managed-kms',
    });
    const [billingKey] = graph.targets(billing.id, 'encrypted-by');
    expect((billingKey!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    // Unencrypted: no key, even where moto reports its placeholder (every cluster).
    expect(graph.node(arn('us-east-1', 'db', 'reports'))!.attributes).toMatchObject({
      storageEncrypted: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      publiclyAccessible: true,
    });
    const legacy = graph.node(arn('us-east-1', 'cluster', 'legacy-aurora'))!;
    expect(legacy.attributes).toMatchObject({ engine: 'aurora-mysql', encryptionMode: 'none', encryptionLevel: 'none' });
    expect(legacy.attributes.kmsKeyId).toBeNull();
    expect(graph.outgoing(legacy.id, 'encrypted-by')).toEqual([]);
    expect(graph.targets(arn('us-east-1', 'db', 'analytics'), 'encrypted-by').map((n) => n.id)).toEqual([key('analytics')]);

    // Manual snapshots with their sharing, and the automated ones the emulator took.
    const snapshot = (id: string) => graph.node(id)!.attributes as RdsSnapshotAttributes;
    expect(snapshot(r.snapshots.get('reports-public')!)).toMatchObject({
      snapshotType: 'manual',
      public: true,
      sharedWithAccounts: [],
      sourceIdentifier: 'reports',
      encryptionMode: 'none',
    });
    expect(snapshot(r.snapshots.get('billing-shared')!)).toMatchObject({
      public: false,
      sharedWithAccounts: [OTHER_ACCOUNT],
      encryptionLevel: 'aws-managed-kms',
    });
    expect(snapshot(r.snapshots.get('orders-aurora-manual')!)).toMatchObject({
      public: false,
      sharedWithAccounts: [OTHER_ACCOUNT],
      kmsKeyId: key('orders'),
      encryptionLevel: 'customer-managed-kms',
    });
    expect(snapshot(r.snapshots.get('legacy-aurora-manual')!)).toMatchObject({ public: false, sharedWithAccounts: [] });
    const automated = [...graph.nodesOfType('rds.snapshot'), ...graph.nodesOfType('rds.cluster-snapshot')].filter(
      (n) => n.attributes.snapshotType === 'automated',
    );
    expect(automated.length).toBeGreaterThan(0);
    for (const n of automated) expect(n.attributes).toMatchObject({ public: false, sharedWithAccounts: [] });
    expect(graph.targets(r.snapshots.get('reports-public')!, 'snapshot-of').map((n) => n.id)).toEqual([r.instances.get('reports')]);
    expect(graph.targets(r.snapshots.get('orders-aurora-manual')!, 'snapshot-of').map((n) => n.id)).toEqual([
      r.clusters.get('orders-aurora'),
    ]);

    // The restore attribute is read for the manual snapshots only: one call each.
    const calls = (operation: string) => snap.scan.apiCalls.filter((c) => c.operation === operation).reduce((n, c) => n + c.attempts, 0);
    expect(calls('DescribeDBSnapshotAttributes')).toBe(2);
    expect(calls('DescribeDBClusterSnapshotAttributes')).toBe(2);

    expect(snap.gaps).toEqual([]);
    expect(snap.scan.complete).toBe(true);
  });

  it("scans a second account on its own, and never lists the other account's shared snapshots", async () => {
    const other = await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      rds: { instances: [{ id: 'theirs', region: 'eu-west-1' }], snapshots: [{ id: 'theirs-manual', instance: 'theirs' }] },
    });
    // Shared with the other account and public: still only this account's snapshot.
    await seedAccount(emulatorClients(), {
      rds: {
        instances: [{ id: 'mine', region: 'eu-west-1' }],
        snapshots: [{ id: 'mine-shared', instance: 'mine', public: true, sharedWith: [OTHER_ACCOUNT] }],
      },
    });
    const { graph, snapshot: snap } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1'],
      services: ['rds'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(snap.scan.caller?.account).toBe(OTHER_ACCOUNT);
    expect(graph.nodesOfType('rds.instance').map((n) => [n.id, n.account])).toEqual([[other.rds!.instances.get('theirs'), OTHER_ACCOUNT]]);
    expect(graph.nodesOfType('rds.snapshot').map((n) => n.id)).toContain(other.rds!.snapshots.get('theirs-manual'));
    expect(graph.nodesOfType('rds.snapshot').every((n) => n.account === OTHER_ACCOUNT && n.id.includes(`:${OTHER_ACCOUNT}:`))).toBe(true);
    expect(snap.gaps).toEqual([]);
  });

  it('collects Neptune clusters and cluster snapshots as Neptune, and never takes the placeholder key of an unencrypted one for a key', async () => {
    // The emulator refuses Engine docdb: DocumentDB is tested on canned answers (test/unit/collect/rds.test.ts).
    const seeded = await seedAccount(emulatorClients(), {
      kms: [{ ref: 'graph', region: 'eu-west-1', aliases: ['alias/graph-db'] }],
      rds: {
        clusters: [
          { id: 'social-graph', region: 'eu-west-1', engine: 'neptune' },
          { id: 'fraud-graph', region: 'eu-west-1', engine: 'neptune', kmsKey: '@graph' },
        ],
        snapshots: [
          { id: 'social-graph-export', cluster: 'social-graph', public: true },
          { id: 'fraud-graph-weekly', cluster: 'fraud-graph' },
        ],
      },
    });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: ['eu-west-1'], services: ['rds', 'kms'] });
    const { graph, snapshot: snap } = run;
    const r = seeded.rds!;
    const key = seeded.keys.get('graph')!;
    expect(snap.gaps).toEqual([]);

    // The emulator reports KmsKeyId "default_kms_key_id" on the unencrypted cluster: read as no key at all.
    const unencryptedNeptune = { engine: 'neptune', product: 'Amazon Neptune', encryptionMode: 'none', kmsKeyId: null };
    const social = graph.node(r.clusters.get('social-graph')!)!;
    expect(social.attributes).toMatchObject({ ...unencryptedNeptune, storageEncrypted: false, encryptionLevel: 'none' });
    expect(graph.outgoing(social.id)).toEqual([]);
    expect(graph.nodesOfType('external')).toEqual([]);
    const fraud = graph.node(r.clusters.get('fraud-graph')!)!;
    expect(fraud.attributes).toMatchObject({ product: 'Amazon Neptune', kmsKeyId: key, encryptionLevel: 'customer-managed-kms' });
    expect(graph.targets(fraud.id, 'encrypted-by').map((n) => n.id)).toEqual([key]);

    const exported = graph.node(r.snapshots.get('social-graph-export')!)!;
    expect(exported.attributes).toMatchObject({ ...unencryptedNeptune, public: true });
    expect(graph.outgoing(exported.id, 'encrypted-by')).toEqual([]);
    expect(graph.node(r.snapshots.get('fraud-graph-weekly')!)!.attributes).toMatchObject({ public: false, kmsKeyId: key });

    // The storage and public-snapshot rules apply to them, and their findings name Neptune.
    const { results } = evaluateSnapshot(run, prepareRules());
    const outcome = (rule: string, id: string) => {
      const result = results.find((x) => x.ruleId === rule && x.resource.id === id);
      return result?.status === 'fail' ? result.message : result?.status;
    };
    expect([outcome('CP-RDS-002', social.id), outcome('CP-RDS-002', fraud.id)]).toEqual([
      'Amazon Neptune cluster social-graph (neptune) is not encrypted at rest.',
      'pass',
    ]);
    expect(outcome('CP-RDS-003', exported.id)).toBe('Amazon Neptune snapshot social-graph-export (neptune) is not encrypted.');
    expect([outcome('CP-RDS-004', exported.id), outcome('CP-RDS-004', r.snapshots.get('fraud-graph-weekly')!)]).toEqual([
      'Amazon Neptune snapshot social-graph-export (neptune) is public: any AWS account can restore it.',
      'pass',
    ]);
    // The key-health and AWS managed key rules do not see a key on the unencrypted cluster.
    expect([outcome('CP-RDS-005', social.id), outcome('CP-RDS-006', social.id)]).toEqual(['not_applicable', 'not_applicable']);
  });
});
