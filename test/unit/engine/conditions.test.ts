/** Semantics of the condition language that the rule fixtures rely on, shown one at a time. */
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/engine/evaluate.ts';
import { compileRule } from '../../../src/engine/load.ts';
import { Graph } from '../../../src/graph/graph.ts';
import type { Gap, GraphEdge, GraphNode, Service } from '../../../src/graph/types.ts';
import { SERVICES } from '../../../src/graph/types.ts';

const ACCOUNT = '111122223333';
const key = (id: string, attributes: Record<string, unknown>): GraphNode => ({
  id: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`,
  type: 'kms.key',
  account: ACCOUNT,
  region: 'eu-west-1',
  name: id,
  tags: {},
  attributes: { keyId: id, arn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`, ...attributes },
});

function statuses(
  check: unknown,
  nodes: GraphNode[],
  options: { edges?: GraphEdge[]; gaps?: Gap[]; services?: Service[]; startedAt?: string } = {},
) {
  const rule = compileRule(
    {
      id: 'T-1',
      slug: 't',
      title: 't',
      severity: 'low',
      service: 'kms',
      target: 'kms.key',
      check,
      message: { fail: 'f' },
      rationale: 'r',
      remediation: { cli: 'c', terraform: 't' },
      references: [{ title: 't', url: 'https://example.com' }],
    },
    'test.json',
    'test',
  );
  const graph = new Graph(nodes, options.edges ?? [], options.gaps ?? []);
  const scan = {
    id: 's',
    startedAt: options.startedAt ?? '2025-06-01T00:00:00Z',
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    services: options.services ?? [...SERVICES],
    complete: true,
  };
  const evaluation = evaluateRules(graph, scan, [{ rule, params: {}, severity: 'low' }]);
  return Object.fromEntries(evaluation.results.map((r) => [r.resource.name, r.status]));
}

describe('the condition language', () => {
  it('is three-valued: false wins in all, true wins in any, unknown otherwise', () => {
    const nodes = [key('t', { enabled: true }), key('f', { enabled: false }), key('u', {})];
    expect(
      statuses(
        {
          all: [
            { attr: 'enabled', eq: true },
            { attr: 'enabled', eq: true },
          ],
        },
        nodes,
      ),
    ).toEqual({ t: 'pass', f: 'fail', u: 'unknown' });
    expect(
      statuses(
        {
          all: [
            { attr: 'keyState', eq: 'x' },
            { attr: 'enabled', eq: true },
          ],
        },
        [key('u', {})],
      ),
    ).toEqual({ u: 'unknown' });
    expect(
      statuses(
        {
          all: [
            { attr: 'keyId', eq: 'x' },
            { attr: 'enabled', eq: true },
          ],
        },
        [key('u', {})],
      ),
    ).toEqual({ u: 'fail' });
    expect(
      statuses(
        {
          any: [
            { attr: 'keyId', eq: 'u' },
            { attr: 'enabled', eq: true },
          ],
        },
        [key('u', {})],
      ),
    ).toEqual({ u: 'pass' });
    expect(statuses({ not: { attr: 'enabled', eq: true } }, nodes)).toEqual({ t: 'fail', f: 'pass', u: 'unknown' });
  });

  it('exists, ifAbsent and tag tests answer for an absent value only when no gap may hide it', () => {
    const nodes = [key('a', { validTo: null }), key('b', {}), key('c', {})];
    nodes[2]!.tags = { team: 'x' };
    const gaps: Gap[] = [
      {
        account: ACCOUNT,
        region: 'eu-west-1',
        service: 'kms',
        operation: 'DescribeKey',
        code: 'AccessDenied',
        message: 'm',
        resource: nodes[1]!.id,
      },
    ];
    // b's data may be hidden by the gap: its absent validTo and tags decide nothing.
    expect(statuses({ attr: 'validTo', exists: false }, nodes, { gaps })).toEqual({ a: 'pass', b: 'unknown', c: 'pass' });
    expect(statuses({ attr: 'validTo', exists: true }, nodes, { gaps })).toEqual({ a: 'fail', b: 'unknown', c: 'fail' });
    expect(statuses({ attr: 'validTo', exists: false }, nodes)).toEqual({ a: 'pass', b: 'pass', c: 'pass' });
    expect(statuses({ attr: 'validTo', eq: null, ifAbsent: true }, nodes, { gaps })).toEqual({ a: 'pass', b: 'unknown', c: 'pass' });
    expect(statuses({ attr: '@tags.team', exists: true }, nodes, { gaps })).toEqual({ a: 'fail', b: 'unknown', c: 'pass' });
    expect(statuses({ attr: '@tags.team', ne: 'x' }, nodes, { gaps })).toEqual({ a: 'pass', b: 'unknown', c: 'fail' });
    expect(() => statuses({ attr: 'validTo', exists: false, ifAbsent: true }, nodes)).toThrow(
      /at \/check\/ifAbsent: "exists" already answers for an absent attribute/,
    );
  });

  it('computes days relative to the scan time, never the wall clock', () => {
    const nodes = [key('k', { validTo: '2025-07-01T00:00:00Z' })];
    expect(statuses({ daysUntil: 'validTo', gt: 20 }, nodes, { startedAt: '2025-06-01T00:00:00Z' })).toEqual({ k: 'pass' });
    expect(statuses({ daysUntil: 'validTo', gt: 20 }, nodes, { startedAt: '2025-06-20T00:00:00Z' })).toEqual({ k: 'fail' });
  });

  it('orgOf reads the organization id an organization id or path starts with, and null for anything else', () => {
    const nodes = [
      key('id', { description: 'o-a1b2c3d4e5' }),
      key('path', { description: 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' }),
      key('other-org', { description: 'o-zzzzzzzzzz/*' }),
      key('wildcard', { description: 'o-*' }),
      key('owner', { description: '${aws:ResourceOrgID}' }),
    ];
    expect(statuses({ orgOf: 'description', eq: 'o-a1b2c3d4e5' }, nodes)).toEqual({
      id: 'pass',
      path: 'pass',
      'other-org': 'fail',
      wildcard: 'fail',
      owner: 'fail',
    });
    expect(statuses({ orgOf: 'description', eq: null }, nodes)).toMatchObject({ wildcard: 'pass', owner: 'pass' });
  });

  it('does not conclude from the absence of related nodes that a gap or an unscanned service may hide', () => {
    const k = key('k', {});
    const none = { edge: 'encrypted-by', direction: 'in', count: { eq: 0 } };
    expect(statuses(none, [k])).toEqual({ k: 'pass' });
    expect(statuses(none, [k], { services: ['kms'] })).toEqual({ k: 'unknown' });
    const gaps: Gap[] = [
      { account: ACCOUNT, region: 'eu-west-1', service: 's3', operation: 'ListBuckets', code: 'AccessDenied', message: 'm' },
    ];
    expect(statuses(none, [k], { gaps })).toEqual({ k: 'unknown' });
    // A gap cannot hide what was found: one related node is enough to fail.
    const bucket: GraphNode = {
      id: 'arn:aws:s3:::b',
      type: 's3.bucket',
      account: ACCOUNT,
      region: 'eu-west-1',
      name: 'b',
      tags: {},
      attributes: {},
    };
    expect(statuses(none, [k, bucket], { gaps, edges: [{ from: bucket.id, to: k.id, kind: 'encrypted-by' }] })).toEqual({ k: 'fail' });
  });

  it('reads the reference an edge came from with @ref and @field', () => {
    const [byAlias, byArn] = [key('a', {}), key('b', {})];
    const bucket = (name: string): GraphNode => ({
      id: `arn:aws:s3:::${name}`,
      type: 's3.bucket',
      account: ACCOUNT,
      region: 'eu-west-1',
      name,
      tags: {},
      attributes: {},
    });
    const edges: GraphEdge[] = [
      { from: bucket('x').id, to: byAlias.id, kind: 'encrypted-by', via: { ref: 'alias/app', field: 'KMSMasterKeyID' } },
      { from: bucket('y').id, to: byArn.id, kind: 'encrypted-by', via: { ref: byArn.id, field: 'KMSMasterKeyID' } },
    ];
    const nodes = [byAlias, byArn, bucket('x'), bucket('y')];
    expect(statuses({ edge: 'encrypted-by', direction: 'in', none: { attr: '@ref', matches: '^alias/' } }, nodes, { edges })).toEqual({
      a: 'fail',
      b: 'pass',
    });
    expect(statuses({ edge: 'encrypted-by', direction: 'in', all: { attr: '@field', eq: 'KMSMasterKeyID' } }, nodes, { edges })).toEqual({
      a: 'pass',
      b: 'pass',
    });
  });

  it('reports a type mismatch as an error result, not a crash', () => {
    expect(statuses({ attr: 'keyId', gt: 3 }, [key('k', {})])).toEqual({ k: 'error' });
  });
});
