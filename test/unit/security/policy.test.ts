/**
 * Hostile policies and patterns: written by whoever controls a scanned account, they must
 * neither hang the scan nor pass for a verdict. Each case is bounded in time by a margin no
 * exponential (or badly quadratic) matcher can meet, and checks the verdict or its reason.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { analyzePolicy, POLICY_LIMITS } from '../../../src/policy/index.ts';
import { analyzePolicy as analyzeUnbounded } from '../../../src/policy/analyze.ts';
import { withBudget } from '../../../src/policy/budget.ts';
import { globCovers, globMatch, globsIntersect } from '../../../src/policy/glob.ts';
import { OWNER, collected, s3Bucket } from '../../support/graph-builders.ts';
import { oversizedPolicies, worstPolicies } from '../../support/hostile-policies.ts';
import { loadCorpus } from '../../support/policy-corpus.ts';

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

const scanMetadata = {
  id: 'hostile',
  startedAt: '2026-12-01T00:00:00.000Z',
  finishedAt: '2026-12-01T00:01:00.000Z',
  caller: { account: OWNER, arn: `arn:aws:iam::${OWNER}:user/me`, userId: 'AIDA' },
  partition: 'aws',
  accounts: [OWNER],
  regions: ['eu-west-1'],
  services: ['s3' as const],
  complete: true,
  unfinished: [],
  apiCalls: [],
};

describe('wildcard matching cannot be made to backtrack', () => {
  // A backtracking regular expression needed about 10 s for 8 repetitions and doubled with each one.
  const evil = `arn:aws:s3:::b/${'*?'.repeat(2000)}#`;
  const value = `arn:aws:s3:::b/${'a'.repeat(4000)}`;

  it('matches, covers and overlaps the worst patterns in well under a second', () => {
    const { value: results, ms } = timed(() => [
      globMatch(evil, value, false),
      globMatch(evil, value, true),
      globCovers(evil, `${value}*`, false),
      globCovers(`*${'a?'.repeat(1000)}b*`, `${'a'.repeat(4000)}*`, false),
      globsIntersect(evil, `${value}b`, false),
      globsIntersect(evil, `*${'?'.repeat(3000)}`, false),
    ]);
    expect(results).toEqual([false, false, false, false, false, true]);
    expect(ms).toBeLessThan(1000);
  });

  it('agrees with a regular expression on short random patterns', () => {
    const alphabet = ['a', 'b', 'B', '*', '?'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (chars: string[], max: number) =>
      Array.from({ length: Math.floor(random() * max) }, () => chars[Math.floor(random() * chars.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const pattern = word(alphabet, 7);
      const subject = word(['a', 'b', 'A', 'B'], 7);
      const ignoreCase = i % 2 === 0;
      const re = new RegExp(`^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, ignoreCase ? 'i' : '');
      expect(globMatch(pattern, subject, ignoreCase), `${pattern} ${subject}`).toBe(re.test(subject));
    }
  });
});

describe('policies beyond the limits are unknown, with the reason', () => {
  it.each(oversizedPolicies())('$name', ({ policy, reason }) => {
    const { value: verdict, ms } = timed(() => analyzePolicy(policy, 's3', OWNER));
    expect(verdict).toMatchObject({ status: 'unknown', statements: [] });
    expect(verdict.reason).toMatch(reason);
    expect(ms).toBeLessThan(1000);
  });

  it('a key policy may be larger than a bucket policy', () => {
    const policy = { Statement: [{ Sid: 'x'.repeat(50 * 1024), Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }] };
    expect(analyzePolicy(policy, 's3', OWNER).reason).toMatch(/more than the 40 KiB/);
    expect(analyzePolicy(policy, 'kms', OWNER).reason).toMatch(/^\/Statement\/0\/Sid: a value longer than 4096 characters/);
  });

  it('an analysis that runs out of its work budget is unknown, not a verdict', () => {
    const verdict = analyzePolicy(worstPolicies()['principals times pattern values'], 's3', OWNER);
    expect(verdict).toMatchObject({ status: 'unknown' });
    expect(verdict.reason).toMatch(/needs more work to analyze than the analyzer spends on one policy/);
  });

  it('the policies of the labelled corpus need a tiny part of the budget', () => {
    for (const c of loadCorpus()) {
      const run = withBudget(POLICY_LIMITS.workUnits, () => analyzeUnbounded(c.policy, c.kind, c.owner, c.trust));
      expect(run.ok && run.spent < POLICY_LIMITS.workUnits / 1000, c.id).toBe(true);
    }
  });
});

describe('a scan of buckets whose policies are the worst of each kind', () => {
  it('finishes in under a second and gives each bucket a verdict or a reason', () => {
    const policies = worstPolicies();
    const buckets = Object.entries(policies).map(([name, policy], i) => s3Bucket(`hostile-${i}`, { policy, tags: { case: name } }));
    const rules = prepareRules();
    const { value: evaluation, ms } = timed(() => {
      const graph = buildGraph(collected(buckets, [], { scope: { accounts: [OWNER], regions: ['eu-west-1'], services: ['s3'] } }));
      return evaluateSnapshot({ graph, snapshot: { scan: scanMetadata } }, rules);
    });
    expect(ms).toBeLessThan(1000);
    const publicAccess = evaluation.results.filter((r) => r.ruleId === 'CP-S3-010');
    expect(publicAccess).toHaveLength(buckets.length);
    for (const [i, name] of Object.keys(policies).entries()) {
      const result = publicAccess.find((r) => r.resource.id === `arn:aws:s3:::hostile-${i}`)!;
      // A public grant fails; a policy that could not be analyzed is never a pass.
      if (name === 'principals times pattern values') expect(result.status, name).toBe('unknown');
      else expect(['fail', 'pass', 'unknown'], name).toContain(result.status);
    }
    const star = publicAccess.find((r) => r.resource.id === 'arn:aws:s3:::hostile-0')!;
    expect(star.status).toBe('fail');
  });
});
