import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.ts';
import { migrateSnapshot, SNAPSHOT_MIGRATIONS, type SnapshotMigration } from '../../../src/graph/snapshot-migrations.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../../src/graph/snapshot-types.ts';
import type { FindingsDocument } from '../../../src/report/index.ts';
import { loadJsonResource, resourcePath } from '../../../src/resources.ts';
import { compileSchema } from '../../../src/schema/validate.ts';
import { runCliProcess } from '../../support/cli.ts';

const FIXTURE_0_1_0 = resourcePath('fixtures/snapshots/demo-0.1.0.json');

describe('a snapshot written by cryptoposture 0.1.0', () => {
  it('is kept as written: schema version 1, tool 0.1.0', () => {
    const doc = JSON.parse(readFileSync(FIXTURE_0_1_0, 'utf8')) as { schemaVersion: number; tool: { version: string } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.version).toBe('0.1.0');
    // Every later version must have a chain of migrations back to it.
    for (let v = 1; v < SNAPSHOT_SCHEMA_VERSION; v++) expect(SNAPSHOT_MIGRATIONS[v], `migration from version ${v}`).toBeTypeOf('function');
  });

  it('evaluates with `evaluate --snapshot`: the demo account incomplete scan, its failures found', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-snapshot-0.1.0-'));
    const run = await runCliProcess(['evaluate', '--snapshot', FIXTURE_0_1_0, '--out', out, '--format', 'json']);
    expect(run.stderr).toBe('');
    // The demo scan is incomplete (moto does not implement every operation): exit 3, not 2 (unreadable) or 4.
    expect(run.code).toBe(ExitCode.incomplete);
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as FindingsDocument;
    expect(compileSchema(loadJsonResource('schemas/findings.schema.json')).problems(findings)).toEqual([]);
    expect(findings.tool.version).toBe('0.1.0');
    expect(findings.results.length).toBeGreaterThan(100);
    // Migrated (absent "none" values become null), it gives exactly the results of the same
    // account's snapshot in the current format.
    const currentOut = mkdtempSync(join(tmpdir(), 'cp-snapshot-current-'));
    const current = await runCliProcess([
      'evaluate',
      '--snapshot',
      resourcePath('fixtures/demo/snapshot.json'),
      '--out',
      currentOut,
      '--format',
      'json',
    ]);
    expect(current.code).toBe(ExitCode.incomplete);
    const currentFindings = JSON.parse(readFileSync(join(currentOut, 'findings.json'), 'utf8')) as FindingsDocument;
    // Resources are named by type, region and name, not by id: the emulator gives each
    // bundling of the demo new key and volume ids, and automated RDS snapshots are named after
    // the minute they were taken. Services added since 0.1.0 are left out of the comparison.
    const known = new Set(findings.results.map((r) => r.resource.type));
    // Certificates that the current demo's endpoints present (added since 0.1.0) are judged with
    // those endpoints: named in the message and one severity higher for an internet-facing one.
    const current0 = JSON.parse(readFileSync(resourcePath('fixtures/demo/snapshot.json'), 'utf8')) as Snapshot;
    const presented = new Set(
      current0.graph.nodes
        .filter((n) => n.type === 'acm.certificate' && (n.attributes as { presentedBy?: number }).presentedBy)
        .map((n) => n.name),
    );
    const resource = (r: FindingsDocument['results'][number]) =>
      `${r.resource.type}:${r.resource.region}:${r.resource.name.replace(/^(rds:.*)-\d{4}(-\d\d){4}$/, '$1-<time>')}`;
    // Resources the demo gained since (an AMI's snapshot) are left out too.
    const old = new Set(findings.results.map(resource));
    // Rules added since that read attributes 0.1.0 did not collect answer unknown on it, as they must.
    const readsNewAttributes = new Set(['CP-RDS-007', 'CP-RDS-008', 'CP-EBS-007']);
    const outcomes = (doc: FindingsDocument) =>
      doc.results
        .filter(
          (r) =>
            known.has(r.resource.type) &&
            old.has(resource(r)) &&
            !readsNewAttributes.has(r.ruleId) &&
            !(r.resource.type === 'acm.certificate' && presented.has(r.resource.name)),
        )
        .map((r) => `${r.ruleId} ${resource(r)} ${r.status} ${r.severity}`)
        .sort();
    expect(outcomes(findings)).toEqual(outcomes(currentFindings));
    expect(findings.summary.failuresByService['s3']).toBeGreaterThan(20);
  });
});

describe('migrateSnapshot', () => {
  const toV2: SnapshotMigration = (d) => ({ ...d, added: 'in 2' });
  const toV3: SnapshotMigration = (d) => {
    const { added, ...rest } = d;
    return { ...rest, renamed: added };
  };
  const migrations = { 1: toV2, 2: toV3 };

  it('applies the migrations in order and sets the version', () => {
    expect(migrateSnapshot({ schemaVersion: 1, x: 1 }, migrations, 3)).toEqual({
      document: { schemaVersion: 3, x: 1, renamed: 'in 2' },
      migratedFrom: 1,
    });
    expect(migrateSnapshot({ schemaVersion: 2, x: 1, added: 'kept' }, migrations, 3)).toEqual({
      document: { schemaVersion: 3, x: 1, renamed: 'kept' },
      migratedFrom: 2,
    });
  });

  it('leaves a current document, or one without a version, as it is', () => {
    const current = { schemaVersion: 3 };
    expect(migrateSnapshot(current, migrations, 3).document).toBe(current);
    const unversioned = { graph: {} };
    expect(migrateSnapshot(unversioned, migrations, 3).document).toBe(unversioned);
  });

  it.each([
    [
      4,
      'is 4, written by a newer version of cryptoposture; this version of cryptoposture reads schema version 3 and migrates versions 1 to 2',
    ],
    [0, 'is 0; this version of cryptoposture reads schema version 3 and migrates versions 1 to 2'],
    ['2', 'is "2"; this version of cryptoposture reads schema version 3 and migrates versions 1 to 2'],
    [1.5, 'is 1.5; this version of cryptoposture reads schema version 3 and migrates versions 1 to 2'],
  ])('rejects version %j, saying which versions it reads', (version, message) => {
    expect(migrateSnapshot({ schemaVersion: version }, migrations, 3)).toEqual({ problems: [{ pointer: '/schemaVersion', message }] });
  });
});

describe('version 1 to 2: "none" is null', () => {
  const v1 = (gaps: object[]) => ({
    schemaVersion: 1,
    gaps,
    graph: {
      nodes: [
        { id: 'arn:aws:kms:eu-west-1:111122223333:key/k1', type: 'kms.key', account: '111122223333', region: 'eu-west-1', attributes: {} },
        {
          id: 'arn:aws:s3:::b1',
          type: 's3.bucket',
          account: '111122223333',
          region: 'eu-west-1',
          attributes: { replication: { rules: [{ id: 'r1', replicaKmsKeyId: 'k' }, { id: 'r2' }] } },
        },
      ],
      edges: [],
    },
  });
  const attributesOf = (outcome: ReturnType<typeof migrateSnapshot>) =>
    ((outcome.document as { graph: { nodes: { attributes: Record<string, unknown> }[] } }).graph.nodes ?? []).map((n) => n.attributes);

  it('fills what a version-1 collector left out for "none", inside lists too', () => {
    const [key, bucket] = attributesOf(migrateSnapshot(v1([])));
    expect(key).toEqual({ customKeyStoreId: null, rotationSkippedReason: null, description: null });
    expect(bucket).toEqual({
      replication: {
        role: null,
        rules: [
          { id: 'r1', replicaKmsKeyId: 'k', sseKmsEncryptedObjects: null },
          { id: 'r2', replicaKmsKeyId: null, sseKmsEncryptedObjects: null },
        ],
      },
    });
  });

  it('fills a conditional field only where the node shows it was read: the key of unencrypted storage, a trail status answered', () => {
    const node = (type: string, id: string, attributes: object) => ({ id, type, account: '111122223333', region: 'eu-west-1', attributes });
    const document = {
      schemaVersion: 1,
      gaps: [],
      graph: {
        nodes: [
          node('ec2.volume', 'v1', { encrypted: false }),
          node('ec2.volume', 'v2', { encrypted: true }),
          node('rds.instance', 'd1', { encryptionMode: 'aws-owned', storageEncryptionType: 'sse-rds' }),
          node('rds.instance', 'd2', { encryptionMode: 'kms', storageEncryptionType: 'sse-kms' }),
          node('cloudtrail.trail', 't1', { kmsKeyId: 'k', isLogging: true }),
          node('cloudtrail.trail', 't2', { kmsKeyId: 'k' }),
        ],
        edges: [],
      },
    };
    const [v1, v2, d1, d2, t1, t2] = attributesOf(migrateSnapshot(document));
    expect(v1).toEqual({ encrypted: false, kmsKeyId: null });
    expect(v2).toEqual({ encrypted: true });
    expect(d1).toMatchObject({ kmsKeyId: null });
    expect(d2).not.toHaveProperty('kmsKeyId');
    expect(t1).toMatchObject({ s3KeyPrefix: null, latestDeliveryError: null, stopLoggingTime: null });
    expect(t2).toMatchObject({ s3KeyPrefix: null });
    expect(t2).not.toHaveProperty('latestDeliveryError');
  });

  it('leaves a node absent where a gap of its service may have hidden its data', () => {
    const gap = {
      account: '111122223333',
      region: 'eu-west-1',
      service: 'kms',
      operation: 'GetKeyRotationStatus',
      code: 'AccessDenied',
      message: 'denied',
    };
    const [key, bucket] = attributesOf(migrateSnapshot(v1([gap])));
    expect(key).toEqual({});
    expect(bucket).toMatchObject({
      replication: { rules: [{ replicaKmsKeyId: 'k', sseKmsEncryptedObjects: null }, { replicaKmsKeyId: null }] },
    });
  });
});
