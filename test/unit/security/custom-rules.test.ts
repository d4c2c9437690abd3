/**
 * Rule files from a rules folder are input too: a catastrophic regular expression or a rule
 * nested without end must be refused at load (naming the file and JSON path) or run in linear
 * time, never hang or crash the evaluation.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { MAX_RULE_DEPTH } from '../../../src/engine/limits.ts';
import type { RuleLoadError } from '../../../src/errors.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { resourcePath } from '../../../src/resources.ts';
import { OWNER, collected, kmsKey } from '../../support/graph-builders.ts';
import { ruleLoadError } from '../../support/rule-files.ts';

const base = JSON.parse(readFileSync(resourcePath('rules/kms/CP-KMS-002.json'), 'utf8')) as Record<string, unknown>;

function ruleDir(check: unknown, text?: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-hostile-rule-'));
  const file = join(dir, 'CUSTOM-HOSTILE-1.json');
  writeFileSync(file, text ?? JSON.stringify({ ...base, id: 'CUSTOM-HOSTILE-1', applies: undefined, unknownWhen: undefined, check }));
  return { dir, file };
}

function loadError(file: string): RuleLoadError {
  const start = performance.now();
  const error = ruleLoadError(file);
  expect(performance.now() - start).toBeLessThan(1000);
  return error;
}

describe('custom rules cannot hang or crash the engine', () => {
  it('runs a catastrophic pattern in linear time (RE2)', () => {
    const { dir } = ruleDir({ attr: 'keyState', matches: '^(a+)+$' });
    const rules = prepareRules({ ruleDirs: [dir] });
    // A backtracking engine needs about 2^n steps for n letters before the "!"; RE2 does not.
    const key = kmsKey('k1', { keyState: `${'a'.repeat(100_000)}!` });
    const graph = buildGraph(collected([key]));
    const scan = {
      scan: {
        id: 's',
        startedAt: '',
        finishedAt: '',
        caller: { account: OWNER, arn: '', userId: '' },
        partition: 'aws',
        accounts: [OWNER],
        regions: ['eu-west-1'],
        services: ['kms' as const],
        complete: true,
        unfinished: [],
        apiCalls: [],
      },
    };
    const start = performance.now();
    const evaluation = evaluateSnapshot({ graph, snapshot: scan }, rules);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(evaluation.results.find((r) => r.ruleId === 'CUSTOM-HOSTILE-1')?.status).toBe('fail');
  });

  it('refuses patterns RE2 cannot run in linear time, naming the file and JSON path', () => {
    for (const pattern of ['^(?=a)a', '(a)\\1', '(?<!b)a']) {
      const e = loadError(ruleDir({ attr: 'keyState', matches: pattern }).file);
      expect(e.problems).toEqual([
        { pointer: '/check/matches', message: expect.stringContaining('not a regular expression that runs in linear time') },
      ]);
    }
    const long = loadError(ruleDir({ attr: 'keyState', matches: 'a'.repeat(1001) }).file);
    expect(long.problems).toEqual([{ pointer: '/check/matches', message: 'is longer than 1000 characters' }]);
  });

  it('refuses a rule nested deeper than the limit, however deep, without overflowing the stack', () => {
    for (const depth of [MAX_RULE_DEPTH + 1, 100_000]) {
      // JSON.stringify itself recurses: write the deep document as text.
      const text = `${JSON.stringify({ ...base, id: 'CUSTOM-HOSTILE-1', check: null }).replace('"check":null', `"check":${'{"not":'.repeat(depth)}{"attr":"keyState","eq":"Enabled"}${'}'.repeat(depth)}`)}`;
      const e = loadError(ruleDir(undefined, text).file);
      expect(e.problems).toHaveLength(1);
      expect(e.problems[0]!.message).toMatch(
        depth > 10_000 ? /nests deeper than 32 levels|is not valid JSON/ : /nests deeper than 32 levels/,
      );
      if (depth < 10_000) expect(e.problems[0]!.pointer).toBe(`/check${'/not'.repeat(MAX_RULE_DEPTH - 1)}`);
    }
  });
});
