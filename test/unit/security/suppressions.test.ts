/**
 * A suppressions file is matched against every failure: patterns that made a backtracking
 * regular expression run for minutes must be matched in bounded time.
 */
import { describe, expect, it } from 'vitest';
import { applySuppressions, parseSuppressions } from '../../../src/postprocess/suppressions.ts';
import { demoInput } from '../../support/synthetic-report.ts';

describe('suppression patterns', () => {
  it('match the worst patterns against every failure in well under a second', async () => {
    const { evaluation } = await demoInput();
    const long = (r: (typeof evaluation.results)[number]) => ({
      ...r,
      status: 'fail' as const,
      resource: { ...r.resource, id: `arn:aws:s3:::${'a'.repeat(1000)}` },
    });
    const failing = { ...evaluation, results: evaluation.results.slice(0, 200).map(long) };
    const hostile = Array.from({ length: 50 }, (_, i) => ({
      ruleId: `${'*?'.repeat(30)}-${i}`,
      resource: `arn:aws:s3:::${'*?'.repeat(500)}#`,
      reason: 'hostile',
    }));
    const file = parseSuppressions(
      { suppressions: [...hostile, { ruleId: 'CP-*', resource: 'arn:aws:s3:::a*a', reason: 'real' }] },
      'hostile.json',
    );
    const start = performance.now();
    const result = applySuppressions(failing, file);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.suppressions?.unused.map((e) => e.index)).toEqual(hostile.map((_, i) => i));
    expect(result.suppressions?.suppressed).toBe(200);
  });
});
