import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFixtures } from '../../../src/engine/fixtures.ts';
import { loadBuiltInRules } from '../../../src/engine/load.ts';
import { DERIVED_ATTRIBUTES } from '../../../src/graph/derive.ts';
import { EDGE_KINDS, type NodeType } from '../../../src/graph/types.ts';
import { loadJsonResource, resourcePath } from '../../../src/resources.ts';

const rule = loadBuiltInRules().find((r) => r.id === 'CP-KMS-002')!;

function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-fx-'));
  cpSync(resourcePath('fixtures/rules/CP-KMS-002'), join(dir, 'CP-KMS-002'), { recursive: true });
  return dir;
}

describe('the fixture runner', () => {
  it('rejects a case that duplicates another (same node, neighbours, parameters and scan), whatever its id', () => {
    const dir = copyFixtures();
    const cases = JSON.parse(readFileSync(join(dir, 'CP-KMS-002', 'cases.json'), 'utf8')) as {
      nodes: { id: string; attributes: { keyId: string; arn: string } }[];
    };
    const copy = structuredClone(cases);
    for (const n of copy.nodes) n.id = `${n.id}-copy`;
    writeFileSync(join(dir, 'CP-KMS-002', 'copy.json'), JSON.stringify(copy));
    const report = runFixtures([rule], dir);
    expect(report.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^case .*-copy duplicates case /));
    expect(report.problems).toHaveLength(cases.nodes.length);
  });

  it('reports a wrong expectation as a failed case, and a node of the target type without an expectation as a problem', () => {
    const dir = copyFixtures();
    const file = join(dir, 'CP-KMS-002', 'cases.json');
    const cases = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { expect?: string }[] };
    cases.nodes[0]!.expect = 'fail';
    delete cases.nodes[1]!.expect;
    writeFileSync(file, JSON.stringify(cases));
    const report = runFixtures([rule], dir);
    expect(report.cases.filter((c) => !c.ok).map((c) => [c.expected.status, c.actual.status])).toEqual([]);
    expect(report.problems).toContainEqual({ file, pointer: '/nodes/1', message: 'a kms.key node must say what it expects ("expect")' });
    cases.nodes[1]!.expect = 'fail';
    writeFileSync(file, JSON.stringify(cases));
    const again = runFixtures([rule], dir);
    expect(again.cases.filter((c) => !c.ok).map((c) => [c.node.slice(-4), c.expected.status, c.actual.status])).toEqual([
      ['0001', 'fail', 'pass'],
    ]);
  });
});

describe('fixture validation', () => {
  it('names an unknown node type and an unknown edge kind by JSON path', () => {
    const dir = copyFixtures();
    const file = join(dir, 'CP-KMS-002', 'cases.json');
    const cases = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string; type: string }[]; edges?: unknown[] };
    cases.nodes[0]!.type = 'kms.keys';
    cases.edges = [{ from: cases.nodes[1]!.id, to: cases.nodes[1]!.id, kind: 'uses-key' }];
    writeFileSync(file, JSON.stringify(cases));
    const report = runFixtures([rule], dir);
    expect(report.problems).toContainEqual({
      file,
      pointer: '/nodes/0/type',
      message: expect.stringMatching(/^unknown node type \(known: kms\.key, /),
    });
    expect(report.problems).toContainEqual({
      file,
      pointer: '/edges/0/kind',
      message: `must be one of ${EDGE_KINDS.map((k) => JSON.stringify(k)).join(', ')}`,
    });
  });
});

describe('the fixture schema', () => {
  it('leaves out exactly the attributes that the snapshot schema documents as derived', () => {
    type Definition = { properties?: Record<string, { description?: string }>; oneOf?: Branch[] };
    type Branch = { properties: { type: { const: NodeType }; attributes: { $ref: string } } };
    const snapshot = loadJsonResource<{ definitions: Record<string, Definition> }>('schemas/snapshot.schema.json');
    const documented: Record<string, string[]> = {};
    for (const branch of snapshot.definitions['SnapshotNode']!.oneOf!) {
      const definition = snapshot.definitions[branch.properties.attributes.$ref.split('/').pop()!]!;
      const derived = Object.entries(definition.properties ?? {})
        .filter(([, p]) => p.description?.startsWith('Derived'))
        .map(([name]) => name)
        .sort();
      if (derived.length > 0) documented[branch.properties.type.const] = derived;
    }
    const listed = Object.fromEntries(Object.entries(DERIVED_ATTRIBUTES).map(([type, names]) => [type, [...names!].sort()]));
    expect(listed).toEqual(documented);
  });
});
