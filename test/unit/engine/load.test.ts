import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleLoadError } from '../../../src/errors.ts';
import { loadBuiltInRules, loadRules } from '../../../src/engine/load.ts';
import { resourcePath } from '../../../src/resources.ts';
import { ruleLoadError } from '../../support/rule-files.ts';

const base = JSON.parse(readFileSync(resourcePath('rules/kms/CP-KMS-002.json'), 'utf8')) as Record<string, unknown>;

function loadVariant(mutate: (rule: Record<string, unknown>) => void): RuleLoadError {
  const dir = mkdtempSync(join(tmpdir(), 'cp-rule-'));
  const rule = structuredClone(base);
  mutate(rule);
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(rule));
  return ruleLoadError(file);
}

describe('loading rules', () => {
  it('loads the built-in pack: every rule file named after its id, in its service folder', () => {
    const rules = loadBuiltInRules();
    expect(rules.length).toBeGreaterThanOrEqual(45);
    for (const r of rules) expect(r.file.endsWith(`rules/${r.doc.service}/${r.id}.json`)).toBe(true);
  });

  it('takes every compliance mapping of the built-in pack from a source that the rule references, with its version', () => {
    const withoutFragment = (url: string) => url.replace(/#.*$/, '');
    const unreferenced: string[] = [];
    const unversioned: string[] = [];
    for (const { id, doc } of loadBuiltInRules()) {
      const referenced = new Set(doc.references.map((r) => withoutFragment(r.url)));
      for (const m of doc.compliance ?? []) {
        if (!referenced.has(withoutFragment(m.source))) unreferenced.push(`${id} ${m.framework} ${m.control}: ${m.source}`);
        if (m.framework !== 'nist-800-53-r5' && m.version === undefined) unversioned.push(`${id} ${m.framework} ${m.control}`);
      }
    }
    expect(unreferenced).toEqual([]);
    expect(unversioned).toEqual([]);
  });

  it('rejects an unknown operator, naming the file and the JSON pointer', () => {
    const e = loadVariant((r) => {
      r['check'] = {
        all: [
          { attr: 'rotationEnabled', eq: true },
          { attr: 'rotationPeriodInDays', equals: 365 },
        ],
      };
    });
    expect(e.problems).toContainEqual({ pointer: '/check/all/1/equals', message: expect.stringMatching(/^unknown operator "equals"/) });
  });

  it('rejects a missing required field', () => {
    const e = loadVariant((r) => delete r['remediation']);
    expect(e.problems).toEqual([{ pointer: '/remediation', message: 'is required' }]);
  });

  it('rejects a parameter default that does not satisfy its own schema', () => {
    const e = loadVariant((r) => {
      (r['params'] as { properties: Record<string, Record<string, unknown>> }).properties['maxRotationPeriodDays']!['default'] = 30;
    });
    expect(e.problems).toEqual([{ pointer: '/params/properties/maxRotationPeriodDays/default', message: 'default value must be >= 90' }]);
  });

  it('rejects an attribute that the target type does not have, a parameter that is not declared, and a bad placeholder', () => {
    const e = loadVariant((r) => {
      r['check'] = { attr: 'rotationPeriodDays', lte: { param: 'maxDays' } };
      r['message'] = { fail: 'Key {@name} {rotationPeriod}' };
    });
    expect(e.problems.map((p) => p.pointer)).toEqual(['/check/attr', '/message/fail']);
    expect(e.problems[0]!.message).toMatch(/^unknown attribute "rotationPeriodDays" for node type kms.key \(known: .*rotationPeriodInDays/);
    expect(e.problems[1]!.message).toBe('{rotationPeriod}: unknown attribute "rotationPeriod" for node type kms.key');
  });

  it('rejects a parameter reference to an undeclared parameter and an operand of the wrong kind', () => {
    const e = loadVariant((r) => {
      r['check'] = {
        all: [
          { attr: 'rotationPeriodInDays', lte: { param: 'maxDays' } },
          { attr: 'keyState', gt: 'Enabled' },
          { attr: 'keyState', matches: '(' },
        ],
      };
    });
    expect(e.problems.map((p) => p.pointer)).toEqual(['/check/all/0/lte/param', '/check/all/1/gt', '/check/all/2/matches']);
  });

  it('rejects an unknown edge kind and a quantifier-less traversal', () => {
    const e = loadVariant((r) => {
      r['check'] = {
        any: [
          { edge: 'protects', count: { gte: 1 } },
          { edge: 'encrypted-by', direction: 'in' },
        ],
      };
    });
    expect(e.problems).toEqual([
      { pointer: '/check/any/0/edge', message: expect.stringMatching(/^unknown edge kind "protects"/) },
      { pointer: '/check/any/1', message: 'needs exactly one quantifier (some, all, none, count), found 0' },
    ]);
  });

  it('rejects a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-rule-'));
    writeFileSync(join(dir, 'bad.json'), '{ "id": ');
    expect(() => loadRules([dir])).toThrow(new RegExp(`^${join(dir, 'bad.json')} at /: is not valid JSON`));
  });

  it('rejects a custom rule that reuses a built-in id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-rule-'));
    mkdirSync(join(dir, 'kms'));
    writeFileSync(join(dir, 'kms', 'copy.json'), JSON.stringify(base));
    expect(() => loadRules([dir])).toThrow(/copy\.json at \/id: duplicates the id CP-KMS-002 of the built-in rule/);
  });
});

describe('generated rule documentation', () => {
  it(
    'docs/rules.md and docs/writing-rules.md are what the rule files, the language table and the snapshot schema generate (npm run docs:rules)',
    { timeout: 60_000 },
    async () => {
      const { execFileSync } = await import('node:child_process');
      expect(() => execFileSync(process.execPath, ['scripts/generate-rule-docs.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
    },
  );
});
