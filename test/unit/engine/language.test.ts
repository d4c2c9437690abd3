/** The language table: its examples compile, the generated rule schema follows it, and what it leaves out is rejected. */
import { describe, expect, it } from 'vitest';
import { RuleLoadError } from '../../../src/errors.ts';
import { LANGUAGE } from '../../../src/engine/language.ts';
import { compileRule } from '../../../src/engine/load.ts';
import { NODE_TYPES, type NodeType } from '../../../src/graph/types.ts';
import { loadJsonResource } from '../../../src/resources.ts';
import { compileSchema } from '../../../src/schema/validate.ts';

const PARAMS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    trustedAccounts: { type: 'array', default: [], description: 'd' },
    trustedOrganizations: { type: 'array', default: [], description: 'd' },
    requireCustomerManagedKey: { type: 'boolean', default: false, description: 'd' },
  },
};

function rule(check: unknown, target: NodeType | NodeType[]): Record<string, unknown> {
  return {
    id: 'T-1',
    slug: 't',
    title: 't',
    severity: 'low',
    service: 'kms',
    target,
    params: PARAMS,
    check,
    message: { fail: 'f' },
    rationale: 'r',
    remediation: { cli: 'c', terraform: 't' },
    references: [{ title: 't', url: 'https://example.com' }],
  };
}

function problems(check: unknown, target: NodeType | NodeType[] = 'kms.key'): readonly { pointer: string; message: string }[] {
  try {
    compileRule(rule(check, target), 't.json', 'test');
    return [];
  } catch (e) {
    if (!(e instanceof RuleLoadError)) throw e;
    return e.problems;
  }
}

describe('the rule language table', () => {
  it('has one documentation line and one example per term, and every example compiles for some node type', () => {
    const schema = compileSchema(loadJsonResource('rules/rule.schema.json'));
    const failing: string[] = [];
    for (const term of LANGUAGE) {
      expect(term.doc, term.name).toMatch(/^[^\n]+\.$/);
      const target = NODE_TYPES.filter((t) => t !== 'external').find((t) => problems(term.example, t).length === 0);
      if (target === undefined) failing.push(`${term.kind} ${term.name}: ${JSON.stringify(problems(term.example))}`);
      else expect(schema.problems(rule(term.example, target)), `${term.kind} ${term.name}`).toEqual([]);
    }
    expect(failing).toEqual([]);
  });

  it('rejects at load time what nothing produces or uses: an edge kind no module declares, the size and regionOf subjects, the types, from and absentIsEmpty keys', () => {
    expect(problems({ edge: 'signed-with', direction: 'in', count: { gte: 1 } }, 'acm.certificate')).toContainEqual({
      pointer: '/check/edge',
      message: expect.stringMatching(/^unknown edge kind "signed-with"/),
    });
    // Declared by the TLS endpoints (OpenSearch Service domains): known, and traversable into a certificate.
    expect(problems({ edge: 'uses-certificate', direction: 'in', count: { gte: 1 } }, 'acm.certificate')).toEqual([]);
    expect(problems({ size: 'aliases', gt: 0 })).toContainEqual({
      pointer: '/check/size',
      message: expect.stringMatching(/^unknown operator "size"/),
    });
    expect(problems({ regionOf: 'primaryKeyArn', eq: 'eu-west-1' })).toContainEqual({
      pointer: '/check/regionOf',
      message: expect.stringMatching(/^unknown operator "regionOf"/),
    });
    expect(problems({ edge: 'encrypted-by', direction: 'in', types: ['s3.bucket'], count: { gte: 1 } })).toContainEqual({
      pointer: '/check/types',
      message: expect.stringMatching(/^unknown key "types" in an edge traversal/),
    });
    expect(problems({ each: 'aliases', absentIsEmpty: true, some: { attr: '@', eq: 'alias/a' } })).toContainEqual({
      pointer: '/check/absentIsEmpty',
      message: expect.stringMatching(/^unknown key "absentIsEmpty" in "each"/),
    });
    expect(problems({ edge: 'encrypted-by', from: 'target', some: { attr: 'health', eq: 'enabled' } }, 's3.bucket')).toContainEqual({
      pointer: '/check/from',
      message: expect.stringMatching(/^unknown key "from" in an edge traversal/),
    });
  });
});
