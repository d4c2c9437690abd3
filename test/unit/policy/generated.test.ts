/**
 * The analyzer against the brute-force evaluator on generated policies: 1 to 3 statements
 * drawn from principals and conditions of every class the corpus covers, with a fixed seed
 * so every run checks the same policies. The analyzer may list an external account the
 * evaluator cannot reach (it reports more access when in doubt, e.g. a named role that an
 * aws:PrincipalArn pattern excludes), never less: the public verdict, scoped access and every
 * reachable account must agree.
 */
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../src/policy/index.ts';
import { bruteForce } from './oracle.ts';

const O = '111122223333';
const X = '444455556666';
const B = 'arn:aws:s3:::b';

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const CONDITIONS: (() => Record<string, unknown>)[] = [
  () => ({ StringEquals: { 'kms:CallerAccount': pick([O, X]) } }),
  () => ({ StringEqualsIfExists: { 'aws:PrincipalAccount': pick([O, X, 'anonymous']) } }),
  () => ({ StringNotEquals: { 'aws:PrincipalAccount': pick([O, X]) } }),
  () => ({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
  () => ({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
  () => ({ StringLike: { 'aws:PrincipalArn': pick([`arn:aws:iam::${O}:role/app-*`, 'arn:aws:iam::*:role/app', `arn:aws:iam::${X}:*`]) } }),
  () => ({ ArnNotLike: { 'aws:PrincipalArn': pick([`arn:aws:iam::${O}:role/app-*`, `arn:aws:iam::${X}:*`]) } }),
  () => ({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }),
  () => ({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }),
  () => ({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  () => ({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  () => ({ StringEquals: { 'aws:SourceAccount': pick([O, X]) } }),
  () => ({ ArnLike: { 'aws:SourceArn': pick([`arn:aws:sns:*:${X}:t`, 'arn:aws:s3:::src', 'arn:aws:s3:::src-*', 'arn:aws:logs:*:*:*']) } }),
  () => ({ Bool: { 'aws:PrincipalIsAWSService': pick(['true', 'false']) } }),
  () => ({ BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } }),
  () => ({ Null: { 'aws:PrincipalOrgID': pick(['true', 'false']) } }),
  () => ({ 'ForAllValues:Null': { 'aws:SourceVpce': pick(['true', 'false']) } }),
  () => ({ Bool: { 'aws:SecureTransport': pick(['true', 'false']) } }),
  () => ({ StringEquals: { 's3:DataAccessPointAccount': pick([O, X]) } }),
  () => ({ StringLike: { 's3:DataAccessPointArn': pick([`arn:aws:s3:*:${O}:accesspoint/*`, 'arn:aws:s3:*:*:accesspoint/*']) } }),
];
const PRINCIPALS: unknown[] = [
  '*',
  { AWS: '*' },
  { AWS: O },
  { AWS: `arn:aws:iam::${X}:role/r` },
  { Service: 'cloudtrail.amazonaws.com' },
  { Federated: 'accounts.google.com' },
  { CanonicalUser: '*' },
  { AWS: 'arn:aws:iam::*:root' },
];

function generate(): { policy: unknown; kind: 'kms' | 's3' } {
  const kind = random() < 0.5 ? 'kms' : 's3';
  const statements = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => {
    const deny = random() < 0.35;
    const s: Record<string, unknown> = {
      Sid: `S${i}`,
      Effect: deny ? 'Deny' : 'Allow',
      Principal: deny ? pick<unknown>(['*', '*', { AWS: '*' }]) : pick(PRINCIPALS),
      Action: kind === 'kms' ? pick(['kms:*', 'kms:Decrypt']) : pick(['s3:*', 's3:GetObject']),
      Resource: kind === 'kms' ? '*' : [B, `${B}/*`],
    };
    if (random() < 0.8) {
      const condition: Record<string, unknown> = {};
      for (let k = 0; k < 1 + Math.floor(random() * 2); k++) Object.assign(condition, pick(CONDITIONS)());
      s['Condition'] = condition;
    }
    return s;
  });
  return { policy: { Version: '2012-10-17', Statement: statements }, kind };
}

const policies = Array.from({ length: 600 }, generate);

describe('analyzer agrees with the brute-force evaluator on generated policies', () => {
  it('gives the same public verdict, scoped access and reachable accounts for 600 policies', () => {
    const disagreements: string[] = [];
    for (const { policy, kind } of policies) {
      const verdict = analyzePolicy(policy, kind, O);
      expect(verdict.status).toBe('ok');
      const oracle = bruteForce(policy, kind, O);
      const listed = new Set(verdict.externalAccounts);
      const problems: string[] = [];
      if (verdict.public !== oracle.public) problems.push(`public: analyzer ${verdict.public}, evaluator ${oracle.public}`);
      if (!oracle.public) {
        if ((verdict.scopes?.length ?? 0) > 0 !== oracle.scoped) problems.push(`scoped: evaluator ${oracle.scoped}`);
        const viaAnyone = (a: string) => [...(oracle.accountVia.get(a) ?? [])].every((v) => oracle.servicesForAnyone.has(v));
        for (const a of oracle.accounts) if (!oracle.scoped && !viaAnyone(a) && !listed.has(a)) problems.push(`missing ${a}`);
      }
      if (problems.length > 0) disagreements.push(`${problems.join('; ')}: ${JSON.stringify(policy)} | ${verdict.reason}`);
    }
    expect(disagreements).toEqual([]);
  });
});
