/**
 * The analyzer against a brute-force evaluator (`oracle.ts`) on every labelled corpus case:
 * the public verdict, the external accounts, whether unnamed callers get in through a scope,
 * and which named services may act for anyone must agree. A public verdict's example request
 * must be one the evaluator allows.
 */
import { describe, expect, it } from 'vitest';
import { analyzePolicy, explainPolicy } from '../../../src/policy/index.ts';
import { loadCorpus } from '../../support/policy-corpus.ts';
import { ATTACKER, allows, bruteForce } from './oracle.ts';

const cases = loadCorpus().filter((c) => c.expected.status === 'ok');
const OWNER = '111122223333';

describe('brute-force evaluator', () => {
  it('finds public, external and owner-only access by enumeration', () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const open = bruteForce({ Statement: [{ ...statement, Principal: '*' }] }, 's3', OWNER);
    expect(open.public).toBe(true);
    const partner = bruteForce({ Statement: [{ ...statement, Principal: { AWS: '444455556666' } }] }, 's3', OWNER);
    expect(partner).toMatchObject({ public: false, scoped: false, accounts: new Set(['444455556666']) });
    const org = bruteForce(
      { Statement: [{ ...statement, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] },
      's3',
      OWNER,
    );
    expect(org).toMatchObject({ public: false, scoped: true });
    const service = bruteForce(
      { Statement: [{ ...statement, Principal: '*', Condition: { StringEquals: { 'aws:SourceAccount': '444455556666' } } }] },
      's3',
      OWNER,
    );
    expect(service).toMatchObject({ public: false, accounts: new Set(['444455556666']) });
  });
});

describe('analyzer agrees with the brute-force evaluator', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const trusted = c.trust?.trustedAccounts ?? [];
    const oracle = bruteForce(c.policy, c.kind, c.owner, trusted);
    const verdict = analyzePolicy(c.policy, c.kind, c.owner, c.trust);
    const say = `${verdict.reason} | oracle: public ${oracle.public}, scoped ${oracle.scoped}, accounts ${[...oracle.accounts].join(',')}`;
    expect(verdict.public, say).toBe(oracle.public);
    for (const a of verdict.externalAccounts ?? []) expect(oracle.accounts.has(a), `${a} is not reachable: ${say}`).toBe(true);
    if (!oracle.public) {
      expect((verdict.scopes?.length ?? 0) > 0, `scoped: ${say}`).toBe(oracle.scoped);
      const listed = new Set(verdict.externalAccounts);
      // An account reached only through a service that may also act for unnamed accounts needs no listing.
      const viaUnscoped = (a: string) => [...(oracle.accountVia.get(a) ?? [])].every((v) => oracle.servicesForAnyone.has(v));
      for (const a of oracle.accounts) if (!oracle.scoped && !viaUnscoped(a)) expect(listed.has(a), `${a} missing: ${say}`).toBe(true);
    }
    // A public grant covers named services too; compare their scoping only otherwise.
    if (!oracle.public)
      for (const s of verdict.services ?? []) expect(s.scoped, `${s.service}: ${say}`).toBe(!oracle.unscopedServices.has(s.service));
  });

  it.each(cases.filter((c) => c.expected.status === 'ok' && c.expected.public).map((c) => [c.id, c] as const))(
    '%s: the example request of a public verdict is allowed',
    (_id, c) => {
      const { verdict, example } = explainPolicy(c.policy, c.kind, c.owner, c.trust);
      expect(verdict.public).toBe(true);
      expect(example, verdict.reason).toBeDefined();
      expect(example!.principal.account ?? ATTACKER, JSON.stringify(example)).not.toBe(c.owner);
      expect(allows(c.policy, c.owner, example!), JSON.stringify(example)).toEqual({ allowed: true, statement: example!.statement });
    },
  );
});
