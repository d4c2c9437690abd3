import { describe, expect, it } from 'vitest';
import type { PolicyStatementVerdict } from '../../../src/graph/attributes.ts';
import { analyzePolicy, inferPolicyKind } from '../../../src/policy/index.ts';
import { loadCorpus } from '../../support/policy-corpus.ts';

const corpus = loadCorpus();

function grants(s: PolicyStatementVerdict): boolean {
  return (
    s.effect === 'Allow' &&
    (s.public === true ||
      (s.accounts?.length ?? 0) > 0 ||
      (s.scopes?.length ?? 0) > 0 ||
      (s.services?.length ?? 0) > 0 ||
      (s.principals?.length ?? 0) > 0)
  );
}

describe('policy corpus', () => {
  it('has at least 80 labelled cases with unique ids, each citing a rule', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    const seen = new Map<string, string>();
    for (const c of corpus) {
      expect(seen.has(c.id), `duplicate id ${c.id} in ${c.file} and ${seen.get(c.id)}`).toBe(false);
      seen.set(c.id, c.file);
      expect(c.id).toMatch(/^(kms|s3)-[a-z0-9-]+$/);
      expect(c.id.startsWith(`${c.kind}-`), c.id).toBe(true);
      expect(c.owner).toMatch(/^\d{12}$/);
      expect(c.reason, c.id).toMatch(/(Guide|Access Analyzer|"public")/);
    }
  });

  it('has a file of cases for each class of grant that was once missed (public via services, ARN fields, web identity, anonymous, Null sets, kind, access points, lenient shapes)', () => {
    const files = [
      'service-sources',
      'arn-patterns',
      'web-identity',
      'anonymous',
      'null-sets',
      'kind-inference',
      'access-points',
      'lenient',
    ];
    for (const f of files) expect(corpus.filter((c) => c.file === `${f}.json`).length, f).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((c) => c.inferKind === true).length).toBeGreaterThanOrEqual(6);
  });

  it('covers KMS and S3, public and not, scopes of every common kind, services, and unknown', () => {
    const ok = corpus.flatMap((c) => (c.expected.status === 'ok' ? [c.expected] : []));
    expect(corpus.some((c) => c.kind === 'kms') && corpus.some((c) => c.kind === 's3')).toBe(true);
    expect(ok.some((e) => e.public) && ok.some((e) => !e.public)).toBe(true);
    expect(ok.some((e) => e.externalAccounts.length > 0)).toBe(true);
    const kinds = new Set(ok.flatMap((e) => e.scopes.map((s) => s.kind)));
    for (const k of ['organization', 'org-path', 'vpc', 'vpce', 'source-ip'] as const) expect(kinds.has(k), k).toBe(true);
    expect(ok.some((e) => (e.services ?? []).length > 0)).toBe(true);
    expect(corpus.filter((c) => c.expected.status === 'unknown').length).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    if (c.inferKind === true) expect(inferPolicyKind(c.policy), 'kind inferred from the document').toBe(c.kind);
    const verdict = analyzePolicy(c.policy, c.kind, c.owner, c.trust);
    const expected = c.expected;
    expect(verdict.status, verdict.reason).toBe(expected.status);
    if (expected.status === 'unknown') {
      expect(verdict.reason).toContain(expected.reasonIncludes);
      expect(verdict.public).toBeUndefined();
      expect(verdict.externalAccounts).toBeUndefined();
      return;
    }
    expect(verdict.public, verdict.reason).toBe(expected.public);
    expect(verdict.externalAccounts, verdict.reason).toEqual(expected.externalAccounts);
    expect(
      verdict.scopes?.map((s) => ({ kind: s.kind, values: s.values, trusted: s.trusted })),
      verdict.reason,
    ).toEqual(expected.scopes.map((s) => ({ kind: s.kind, values: s.values, trusted: s.trusted ?? false })));
    if (expected.granting !== undefined) {
      expect(
        verdict.statements.filter(grants).map((s) => s.statement),
        verdict.reason,
      ).toEqual(expected.granting);
    }
    if (expected.services !== undefined) {
      expect(verdict.services?.map(({ service, accounts, scoped }) => ({ service, accounts, scoped }))).toEqual(expected.services);
    }
    if (expected.otherPrincipals !== undefined) expect(verdict.otherPrincipals).toEqual(expected.otherPrincipals);
    if (expected.trustedAccounts !== undefined) expect(verdict.trustedAccounts).toEqual(expected.trustedAccounts);
    if (expected.reasonIncludes !== undefined) expect(verdict.reason).toContain(expected.reasonIncludes);
    for (const s of verdict.statements) expect(s.reason, s.statement).not.toBe('');
  });
});
