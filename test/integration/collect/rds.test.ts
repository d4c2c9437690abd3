import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { RdsSnapshotAttributes } from '../../../src/services/rds/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { DEFAULT_ACCOUNT, actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const OTHER_ACCOUNT = '210987654321';
const EU = 'eu-west-1';
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

    // The clusters name a default cluster parameter group the emulator cannot describe
    // (default.aurora8.0): a default group sets nothing, so the engine's documented default applies.
    expect(legacy.attributes).toMatchObject({
      tlsParameterName: 'require_secure_transport',
      tlsParameterValue: 'OFF',
      tlsParameterSource: 'engine default',
      tlsRequired: false,
    });
    expect(calls('DescribeDBClusterParameters')).toBe(2);
    // The emulator does not implement DescribeCertificates: a gap naming the region's CA certificates, nothing else.
    expect(snap.gaps.map((g) => [g.region, g.operation, g.code, g.resource])).toEqual([
      ['eu-west-1', 'DescribeCertificates', 'NonAwsResponse', 'arn:aws:rds:eu-west-1::cert:*'],
      ['us-east-1', 'DescribeCertificates', 'NonAwsResponse', 'arn:aws:rds:us-east-1::cert:*'],
    ]);
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
    expect(snap.gaps.map((g) => [g.account, g.operation, g.code])).toEqual([[OTHER_ACCOUNT, 'DescribeCertificates', 'NonAwsResponse']]);
  });

  it('reads whether each database requires TLS from its parameter group, or the engine default, once per group', async () => {
    const seeded = await seedAccount(emulatorClients(), {
      rds: {
        parameterGroups: [
          { name: 'pg-force-ssl', region: EU, family: 'postgres14', parameters: { 'rds.force_ssl': '1' } },
          { name: 'pg-plain', region: EU, family: 'postgres16', parameters: { 'rds.force_ssl': '0' } },
          { name: 'pg16-untouched', region: EU, family: 'postgres16', parameters: { work_mem: '8192' } },
          { name: 'pg14-untouched', region: EU, family: 'postgres14' },
          { name: 'mysql-tls', region: EU, family: 'mysql8.0', parameters: { require_secure_transport: 'ON' } },
          { name: 'mysql-untouched', region: EU, family: 'mysql8.0' },
        ],
        clusterParameterGroups: [
          { name: 'apg-force-ssl', region: EU, family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '1' } },
          { name: 'amysql-plain', region: EU, family: 'aurora-mysql8.0', parameters: { require_secure_transport: 'OFF' } },
        ],
        clusters: [
          { id: 'tls-aurora', region: EU, engineVersion: '16.4', parameterGroup: 'apg-force-ssl' },
          {
            id: 'plain-aurora',
            region: EU,
            engine: 'aurora-mysql',
            engineVersion: '8.0.mysql_aurora.3.05.2',
            parameterGroup: 'amysql-plain',
          },
        ],
        instances: [
          { id: 'pg-forced', region: EU, engineVersion: '14.10', parameterGroup: 'pg-force-ssl', caCertificate: 'rds-ca-rsa2048-g1' },
          { id: 'pg-off', region: EU, engineVersion: '16.3', parameterGroup: 'pg-plain' },
          { id: 'pg-16-default', region: EU, engineVersion: '16.3', parameterGroup: 'pg16-untouched' },
          { id: 'pg-14-default', region: EU, engineVersion: '14.10', parameterGroup: 'pg14-untouched' },
          { id: 'pg-14-default-2', region: EU, engineVersion: '14.10', parameterGroup: 'pg14-untouched' },
          { id: 'mysql-tls', region: EU, engine: 'mysql', engineVersion: '8.0.35', parameterGroup: 'mysql-tls' },
          { id: 'mysql-default', region: EU, engine: 'mysql', engineVersion: '8.0.35', parameterGroup: 'mysql-untouched' },
          { id: 'tls-aurora-1', region: EU, cluster: 'tls-aurora' },
        ],
      },
    });
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU], services: ['rds'] });
    const { graph, snapshot: snap } = run;
    const attributes = (id: string) => graph.node(seeded.rds!.instances.get(id) ?? seeded.rds!.clusters.get(id)!)!.attributes;
    const tls = (id: string) => {
      const a = attributes(id);
      return [a['parameterGroup'], a['tlsParameterName'], a['tlsParameterValue'], a['tlsParameterSource'], a['tlsRequired']];
    };

    expect(tls('pg-forced')).toEqual(['pg-force-ssl', 'rds.force_ssl', '1', 'parameter group', true]);
    expect(tls('pg-off')).toEqual(['pg-plain', 'rds.force_ssl', '0', 'parameter group', false]);
    // Groups that do not set the parameter: the emulator lists nothing, the documented default decides.
    expect(tls('pg-16-default')).toEqual(['pg16-untouched', 'rds.force_ssl', '1', 'engine default', true]);
    expect(tls('pg-14-default')).toEqual(['pg14-untouched', 'rds.force_ssl', '0', 'engine default', false]);
    expect(tls('mysql-tls')).toEqual(['mysql-tls', 'require_secure_transport', 'ON', 'parameter group', true]);
    expect(tls('mysql-default')).toEqual(['mysql-untouched', 'require_secure_transport', 'OFF', 'engine default', false]);
    expect(tls('tls-aurora')).toEqual(['apg-force-ssl', 'rds.force_ssl', '1', 'parameter group', true]);
    expect(tls('plain-aurora')).toEqual(['amysql-plain', 'require_secure_transport', 'OFF', 'parameter group', false]);
    // A cluster member: the cluster's group holds the setting.
    expect(attributes('tls-aurora-1')['tlsParameterName']).toBeNull();
    expect(attributes('tls-aurora-1')).not.toHaveProperty('tlsRequired');

    // The CA named at creation; its validity is not known (the emulator lacks DescribeCertificates and CertificateDetails).
    expect(attributes('pg-forced')['caCertificateIdentifier']).toBe('rds-ca-rsa2048-g1');
    expect(attributes('pg-forced')).not.toHaveProperty('caCertificateValidTill');

    // One call per group in use, filtered by the TLS parameters' names.
    const calls = snap.scan.apiCalls.filter((c) => c.operation === 'DescribeDBParameters').reduce((n, c) => n + c.attempts, 0);
    expect(calls).toBe(6);
    expect(snap.scan.apiCalls.filter((c) => c.operation === 'DescribeDBClusterParameters').reduce((n, c) => n + c.attempts, 0)).toBe(2);
    expect(snap.gaps.map((g) => [g.operation, g.code])).toEqual([['DescribeCertificates', 'NonAwsResponse']]);

    // The rules: the instance and its group named; the engine default said; the CA rule unknown, not passed.
    const evaluation = evaluateSnapshot(run, prepareRules());
    const result = (rule: string, id: string) =>
      evaluation.results.find(
        (r) => r.ruleId === rule && r.resource.id === (seeded.rds!.instances.get(id) ?? seeded.rds!.clusters.get(id)),
      );
    expect(result('CP-RDS-007', 'mysql-default')).toMatchObject({
      status: 'fail',
      message:
        'mysql-default (mysql) accepts connections without TLS: require_secure_transport is OFF (engine default) in parameter group mysql-untouched.',
    });
    expect(result('CP-RDS-007', 'plain-aurora')?.status).toBe('fail');
    expect(result('CP-RDS-007', 'pg-16-default')?.status).toBe('pass');
    expect(result('CP-RDS-007', 'tls-aurora-1')?.status).toBe('not_applicable');
    expect(result('CP-RDS-008', 'pg-forced')?.status).toBe('unknown');
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
    // The emulator does not implement DescribeCertificates (the CA certificates): that gap only.
    expect(snap.gaps.map((g) => g.operation)).toEqual(['DescribeCertificates']);

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
