/** `related`: traversals that name nodes in a result's message and evidence without deciding it. */
import { describe, expect, it } from 'vitest';
import { RuleLoadError } from '../../../src/errors.ts';
import { evaluateRules } from '../../../src/engine/evaluate.ts';
import { compileRule } from '../../../src/engine/load.ts';
import { Graph } from '../../../src/graph/graph.ts';
import type { Gap, GraphEdge, GraphNode } from '../../../src/graph/types.ts';
import { SERVICES } from '../../../src/graph/types.ts';

const ACCOUNT = '111122223333';
const keyNode = (id: string, enabled: boolean): GraphNode => ({
  id: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`,
  type: 'kms.key',
  account: ACCOUNT,
  region: 'eu-west-1',
  name: id,
  tags: {},
  attributes: { keyId: id, enabled },
});
const bucket = (name: string, encrypted: boolean): GraphNode => ({
  id: `arn:aws:s3:::${name}`,
  type: 's3.bucket',
  account: ACCOUNT,
  region: 'eu-west-1',
  name,
  tags: {},
  attributes: { encrypted },
});
const uses = (b: GraphNode, k: GraphNode): GraphEdge => ({ from: b.id, to: k.id, kind: 'encrypted-by' });

const ruleDoc = (extra: Record<string, unknown>) => ({
  id: 'T-1',
  slug: 't',
  title: 't',
  severity: 'low',
  service: 'kms',
  target: 'kms.key',
  check: { attr: 'enabled', eq: true },
  message: { fail: 'Key {@name} is disabled; users: {$users} ({count:$users}).', pass: 'Key {@name} is used by {$users}.' },
  rationale: 'r',
  remediation: { cli: 'c', terraform: 't' },
  references: [{ title: 't', url: 'https://example.com' }],
  ...extra,
});

function evaluate(doc: unknown, nodes: GraphNode[], edges: GraphEdge[], gaps: Gap[] = []) {
  const rule = compileRule(doc, 'test.json', 'test');
  const scan = {
    id: 's',
    startedAt: '2026-01-01T00:00:00Z',
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    services: [...SERVICES],
    complete: true,
  };
  return evaluateRules(new Graph(nodes, edges, gaps), scan, [{ rule, params: {}, severity: 'low' }]).results;
}

describe('related', () => {
  const related = [{ edge: 'encrypted-by', direction: 'in', where: { attr: 'encrypted', eq: true }, as: 'users' }];
  const [on, off] = [keyNode('on', true), keyNode('off', false)];
  const [a, b, c] = [bucket('a', true), bucket('b', true), bucket('c', false)];
  const nodes = [on, off, a, b, c];
  const edges = [uses(a, off), uses(b, off), uses(c, off), uses(a, on)];

  it('names the related nodes that pass its filter in the message, whatever the outcome', () => {
    const results = evaluate(ruleDoc({ related }), nodes, edges);
    expect(results.map((r) => [r.resource.name, r.status, r.message])).toEqual([
      ['off', 'fail', 'Key off is disabled; users: a, b (2).'],
      ['on', 'pass', 'Key on is used by a.'],
    ]);
  });

  it('records the traversal in the evidence, and a gap that may hide related nodes marks it incomplete', () => {
    const gaps: Gap[] = [
      { account: ACCOUNT, region: 'eu-west-1', service: 's3', operation: 'ListBuckets', code: 'AccessDenied', message: 'm' },
    ];
    const [result] = evaluate(ruleDoc({ related }), [off, a], [uses(a, off)], gaps);
    expect(result?.status).toBe('fail');
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'related', node: off.id, direction: 'in', matched: [a.id], incomplete: true }),
    );
  });

  it('never changes the outcome: a gap that hides related nodes leaves a failure a failure', () => {
    const gaps: Gap[] = [
      { account: ACCOUNT, region: 'eu-west-1', service: 's3', operation: 'ListBuckets', code: 'AccessDenied', message: 'm' },
    ];
    expect(evaluate(ruleDoc({ related }), [off], [], gaps).map((r) => [r.status, r.message])).toEqual([
      ['fail', 'Key off is disabled; users: (none) (0).'],
    ]);
  });

  it('is refused with the JSON path when it names an unknown edge kind, lacks a name or binds a quantifier', () => {
    const problems = (extra: Record<string, unknown>) => {
      try {
        compileRule(ruleDoc(extra), 'bad.json', 'test');
      } catch (e) {
        if (e instanceof RuleLoadError) return e.problems.map((p) => p.pointer);
        throw e;
      }
      return [];
    };
    expect(problems({ related: [{ edge: 'no-such-edge', direction: 'in', as: 'users' }] })).toContain('/related/0/edge');
    expect(problems({ related: [{ edge: 'encrypted-by', direction: 'in' }] })).toContain('/related/0/as');
    expect(problems({ related: [{ edge: 'encrypted-by', as: 'users', some: { attr: 'encrypted', eq: true } }] })).toContain(
      '/related/0/some',
    );
  });
});
