import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../src/errors.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { parseSnapshot, readSnapshotFile, serializeSnapshot, toSnapshot } from '../../../src/graph/snapshot.ts';
import type { Snapshot } from '../../../src/graph/snapshot-types.ts';
import { OWNER, collected, keyRef, kmsKey, node } from '../../support/graph-builders.ts';

function sampleSnapshot(): Snapshot {
  const key = kmsKey('k1', { keyId: 'k1', rotationEnabled: true, policy: { Version: '2012-10-17', Statement: [] }, grants: [] });
  const bucket = node(
    's3.bucket',
    'arn:aws:s3:::data',
    { encryptionMode: 'kms', defaultEncryption: 'sse-kms', policy: null },
    { region: 'eu-west-1' },
  );
  const gap = {
    account: OWNER,
    region: 'eu-west-1',
    service: 'acm',
    operation: 'ListCertificates',
    code: 'AccessDeniedException',
    message: 'no',
  };
  const graph = buildGraph(
    collected([bucket, key], [keyRef(bucket.id, 'k1'), keyRef(bucket.id, 'arn:aws:kms:eu-west-1:444455556666:key/x')], { gaps: [gap] }),
  );
  return toSnapshot(graph, {
    schemaVersion: 2,
    tool: { name: 'cryptoposture', version: '0.1.0' },
    scan: {
      id: 'test',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:01:00.000Z',
      caller: { account: OWNER, arn: `arn:aws:iam::${OWNER}:user/me`, userId: 'AIDA' },
      partition: 'aws',
      accounts: [OWNER],
      regions: ['eu-west-1'],
      services: ['kms', 's3', 'acm'],
      complete: false,
      unfinished: [],
      apiCalls: [{ account: OWNER, region: 'eu-west-1', service: 'kms', operation: 'ListKeys', attempts: 1, throttled: 0, errors: 0 }],
    },
  });
}

describe('snapshot', () => {
  it('round-trips: a snapshot read back gives the identical graph', () => {
    const snapshot = sampleSnapshot();
    const text = serializeSnapshot(snapshot);
    const { graph, snapshot: again } = parseSnapshot(JSON.parse(text), 'memory');
    expect(serializeSnapshot(again)).toBe(text);
    const original = parseSnapshot(snapshot, 'memory').graph;
    expect(graph.nodes).toEqual(original.nodes);
    expect(graph.edges).toEqual(original.edges);
    expect(graph.gaps).toEqual(original.gaps);
    expect(
      graph
        .targets('arn:aws:s3:::data', 'encrypted-by')
        .map((n) => n.type)
        .sort(),
    ).toEqual(['external', 'kms.key']);
  });

  it('serializes deterministically whatever order the collectors produced', () => {
    const a = sampleSnapshot();
    const b = sampleSnapshot();
    expect(serializeSnapshot(a)).toBe(serializeSnapshot(b));
  });

  it.each([
    [
      'a wrong type of attribute',
      (s: Snapshot) => ((s.graph.nodes[0]!.attributes as Record<string, unknown>)['rotationEnabled'] = 'yes'),
      '/graph/nodes/0/attributes/rotationEnabled',
      'must be boolean',
    ],
    [
      'an unknown attribute',
      (s: Snapshot) => ((s.graph.nodes[0]!.attributes as Record<string, unknown>)['rotationEnabld'] = true),
      '/graph/nodes/0/attributes/rotationEnabld',
      'is not an allowed property',
    ],
    ['a missing field', (s: Snapshot) => delete (s.scan as Partial<Snapshot['scan']>).startedAt, '/scan/startedAt', 'is required'],
    ['an unknown node type', (s: Snapshot) => ((s.graph.nodes[0] as { type: string }).type = 'kms.thing'), '/graph/nodes/0/type', ''],
    ['a bad date', (s: Snapshot) => (s.scan.finishedAt = 'yesterday'), '/scan/finishedAt', 'must match format "date-time"'],
    ['a dangling edge', (s: Snapshot) => (s.graph.edges[0]!.to = 'arn:aws:kms:eu-west-1:1:key/nope'), '/graph/edges/0/to', 'names no node'],
    [
      'another schema version',
      (s: Snapshot) => ((s as { schemaVersion: number }).schemaVersion = 3),
      '/schemaVersion',
      'reads schema version 2 and migrates version 1',
    ],
  ])('rejects %s, naming its JSON path', (_label, mutate, pointer, message) => {
    const snapshot = structuredClone(sampleSnapshot());
    mutate(snapshot);
    let error: unknown;
    try {
      parseSnapshot(snapshot, 'snap.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnapshotError);
    const problems = (error as SnapshotError).problems;
    expect(problems.map((p) => p.pointer)).toContain(pointer);
    expect(problems.find((p) => p.pointer === pointer)?.message).toContain(message);
    expect((error as SnapshotError).message).toContain(`snap.json at ${pointer}`);
    expect((error as SnapshotError).code).toBe('CP_SNAPSHOT_INVALID');
  });

  it('rejects a file that is not JSON, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-snap-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 1,');
    await expect(readSnapshotFile(file)).rejects.toThrow(/broken\.json at \/: is not valid JSON/);
    await expect(readSnapshotFile(join(dir, 'absent.json'))).rejects.toThrow(/absent\.json at \/: cannot be read/);
  });

  it('has a committed JSON Schema that matches the TypeScript types', { timeout: 60_000 }, () => {
    // scripts/generate-schemas.ts --check exits 1 when schemas/ drifted from src/graph/snapshot-types.ts.
    expect(() => execFileSync(process.execPath, ['scripts/generate-schemas.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
