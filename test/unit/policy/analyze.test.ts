import { describe, expect, it } from 'vitest';
import { analyzePolicy, enforcesSecureTransport } from '../../../src/policy/index.ts';
import { loadCorpus } from '../../support/policy-corpus.ts';

const OWNER = '111122223333';
const corpus = loadCorpus();
const byId = (id: string) => {
  const c = corpus.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no corpus case ${id}`);
  return analyzePolicy(c.policy, c.kind, c.owner, c.trust);
};

describe('verdict reasons', () => {
  it('explains a public key by its statement', () => {
    const v = byId('kms-principal-star');
    expect(v.reason).toBe('public: statement "Public" grants access to any principal in any account');
    expect(v.statements).toEqual([
      {
        statement: 'Public',
        effect: 'Allow',
        public: true,
        accounts: [],
        scopes: [],
        services: [],
        principals: [],
        reason: 'allows any principal ("*"): any principal in any account can use it',
      },
    ]);
  });

  it('explains a cross-account grant', () => {
    const v = byId('kms-principal-external-root');
    expect(v.reason).toBe('not public; external account 444455556666 (statement "Partner")');
    expect(v.statements[0]?.reason).toBe('allows account 444455556666: account 444455556666 can use it');
  });

  it('explains a Deny carve-out and names the Deny statement as the source of the scope', () => {
    const v = byId('s3-deny-outside-org');
    expect(v.reason).toBe('not public; access limited to organization o-a1b2c3d4e5 by statement "DenyOutsideOrg"');
    expect(v.statements.map((s) => s.reason)).toEqual([
      'allows any principal ("*"): access is limited to organization o-a1b2c3d4e5 (by statement "DenyOutsideOrg")',
      'denies any principal ("*") when StringNotEquals aws:PrincipalOrgID o-a1b2c3d4e5: it covers the access granted by statement "Public"',
    ]);
    expect(v.statements[1]?.narrows).toEqual(['Public']);
  });

  it('says why a condition does not restrict', () => {
    expect(byId('kms-calleraccount-like-star').statements[0]?.reason).toContain('StringLike kms:CallerAccount "*" matches every value');
    expect(byId('kms-orgid-ifexists').statements[0]?.reason).toContain('is true when aws:PrincipalOrgID is absent');
    expect(byId('kms-variable-self').statements[0]?.reason).toContain('its own value, it matches every caller');
  });
});

describe('analyzePolicy on malformed input', () => {
  const statement = { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' };
  const inputs: unknown[] = [
    undefined,
    '',
    'null',
    '[]',
    '{"Statement": 1}',
    true,
    0,
    [],
    {},
    { Statement: null },
    { Statement: [null] },
    { Statement: [{ ...statement, Effect: 1 }] },
    { Statement: [{ ...statement, Principal: 5 }] },
    { Statement: [{ ...statement, Principal: { AWS: [1] } }] },
    { Statement: [{ ...statement, Action: {} }] },
    { Statement: [{ ...statement, Condition: { StringEquals: null } }] },
    { Statement: [{ ...statement, Condition: { StringEquals: { 'kms:CallerAccount': [null] } } }] },
    { Statement: [{ ...statement, Condition: { Frobnicate: { 'kms:CallerAccount': OWNER } } }] },
    { Statement: [{ ...statement, Condition: { 'ForSomeValues:StringEquals': { 'aws:PrincipalOrgID': 'o-1' } } }] },
    { Statement: [{ ...statement, Sid: 7 }] },
  ];

  it.each(inputs.map((i) => [JSON.stringify(i) ?? String(i), i]))(
    'gives unknown with a reason, never an exception: %s',
    (_label, input) => {
      const v = analyzePolicy(input, 'kms', OWNER);
      expect(v.status).toBe('unknown');
      expect(v.reason).toMatch(/\w{4,}/);
      expect(v).not.toHaveProperty('public');
      expect(v).not.toHaveProperty('externalAccounts');
      expect(v).not.toHaveProperty('scopes');
    },
  );

  it('reads an empty Action list as a statement that grants nothing', () => {
    expect(analyzePolicy({ Statement: [{ ...statement, Action: [] }] }, 'kms', OWNER)).toMatchObject({ status: 'ok', public: false });
  });

  it('reads null as "no policy": a verdict that grants nothing', () => {
    expect(analyzePolicy(null, 's3', OWNER)).toMatchObject({ status: 'ok', public: false, externalAccounts: [], scopes: [] });
  });

  it('accepts the raw text of a valid policy', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    expect(analyzePolicy(text, 'kms', OWNER).public).toBe(true);
  });
});

describe('enforcesSecureTransport', () => {
  const bucket = 'arn:aws:s3:::logs';
  const deny = (extra: Record<string, unknown> = {}) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecure',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucket, `${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        ...extra,
      },
    ],
  });

  it.each([
    ['the documented Deny', deny(), true],
    ['Principal {"AWS": "*"}, Action "*", Resource "*"', deny({ Principal: { AWS: '*' }, Action: '*', Resource: '*' }), true],
    ['a boolean false and a lower-case key', deny({ Condition: { Bool: { 'aws:securetransport': false } } }), true],
    ['only the objects', deny({ Resource: `${bucket}/*` }), false],
    ['only GetObject', deny({ Action: 's3:GetObject' }), false],
    ['one account only', deny({ Principal: { AWS: '444455556666' } }), false],
    ['an Allow', deny({ Effect: 'Allow' }), false],
    [
      'another condition too',
      deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '1' } } }),
      false,
    ],
    ['no policy', null, false],
  ])('%s -> %s', (_name, policy, expected) => {
    expect(enforcesSecureTransport(policy, bucket)).toBe(expected);
  });

  it('is undefined when the policy cannot be read', () => {
    expect(enforcesSecureTransport('{not json', bucket)).toBeUndefined();
  });
});
