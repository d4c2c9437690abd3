import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/cli.ts';

const OWNER = '111122223333';
const dir = mkdtempSync(join(tmpdir(), 'cp-policy-'));
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const publicKey = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }],
};
const orgBucket = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OrgRead',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    },
  ],
};

describe('cryptoposture policy explain', () => {
  it('prints the verdict of a key policy file as JSON, guessing the kind', async () => {
    const run = await runCliProcess(['policy', 'explain', write('key.json', JSON.stringify(publicKey)), '--account', OWNER]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ kind: 'kms', owner: OWNER, status: 'ok', public: true, externalAccounts: [], scopes: [] });
    expect(out['statements']).toEqual([expect.objectContaining({ statement: 'Public', reason: expect.stringContaining('any principal') })]);
    expect(out['exampleRequest']).toEqual({
      statement: 'Public',
      principal: { type: 'AWS', id: 'arn:aws:iam::999988887777:role/example', account: '999988887777' },
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:111122223333:key/example',
      context: {
        'aws:PrincipalAccount': '999988887777',
        'aws:PrincipalArn': 'arn:aws:iam::999988887777:role/example',
        'aws:PrincipalIsAWSService': 'false',
        'kms:CallerAccount': '999988887777',
      },
    });
  });

  it('prints an example request with the condition values that let an anonymous caller in', async () => {
    const bucket = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadFromRange',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/*',
          Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    };
    const run = await runCliProcess(['policy', 'explain', write('anon.json', JSON.stringify(bucket)), '--account', OWNER]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { public: boolean; exampleRequest: Record<string, unknown> };
    expect(out.public).toBe(true);
    expect(out.exampleRequest).toMatchObject({
      statement: 'ReadFromRange',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/example',
      context: expect.objectContaining({ 'aws:SecureTransport': 'true' }),
    });
    expect(out.exampleRequest['context']).not.toHaveProperty('aws:SourceVpce', 'vpce-1a2b3c4d');
  });

  it('prints no example request for a verdict that is not public', async () => {
    const run = await runCliProcess(['policy', 'explain', write('org.json', JSON.stringify(orgBucket)), '--account', OWNER]);
    expect(JSON.parse(run.stdout)).not.toHaveProperty('exampleRequest');
  });

  it('reads standard input for "-", with trust settings', async () => {
    const run = await runCliProcess(['policy', 'explain', '-', '--account', OWNER, '--trusted-org-ids', 'o-a1b2c3d4e5'], {
      input: JSON.stringify(orgBucket),
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: 's3',
      public: false,
      scopes: [{ kind: 'organization', values: ['o-a1b2c3d4e5'], statements: ['OrgRead'], trusted: true }],
    });
  });

  it('prints an unknown verdict, exit 0, for a policy it cannot evaluate', async () => {
    const bad = {
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { stringequals: { 'kms:CallerAccount': OWNER } } },
      ],
    };
    const run = await runCliProcess(['policy', 'explain', write('op.json', JSON.stringify(bad)), '--account', OWNER]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ status: 'unknown', reason: expect.stringContaining('unknown condition operator "stringequals"') });
    expect(out).not.toHaveProperty('public');
  });

  it.each([
    ['not JSON', 'notes.txt', 'just some notes\n', /^error: .*notes\.txt at \/: is not a policy document: not JSON \(/],
    [
      'JSON without a Statement',
      'config.json',
      '{"region": "eu-west-1"}',
      /^error: .*config\.json at \/: is not a policy document: expected a JSON object with a Statement$/,
    ],
  ])('exits 2 with one line naming the file when it is %s', async (_what, name, content, message) => {
    const file = write(name, content);
    const run = await runCliProcess(['policy', 'explain', file, '--account', OWNER]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toContain(file);
  });

  it('exits 2 naming standard input when stdin is not a policy', async () => {
    const run = await runCliProcess(['policy', 'explain', '-', '--account', OWNER], { input: '[1, 2]' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('error: standard input at /: is not a policy document: expected a JSON object with a Statement');
  });

  it.each([
    [['--account', '12'], /must be a 12-digit AWS account id/],
    [[], /required option '--account <id>' not specified/],
    [['--account', OWNER, '--kind', 'ebs'], /Allowed choices are kms, s3/],
    [['--account', OWNER, '--trusted-org-ids', 'org-1'], /not an organization id/],
  ])('exits 2 on bad options %j', async (args, message) => {
    const run = await runCliProcess(['policy', 'explain', write('k.json', JSON.stringify(publicKey)), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('infers the kind from resource ARNs and condition keys when every action is "*"', async () => {
    const byResource = { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: 'arn:aws:s3:::b/*' }] };
    const byKey = {
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 'x' } } }],
    };
    const s3 = await runCliProcess(['policy', 'explain', write('r.json', JSON.stringify(byResource)), '--account', OWNER]);
    expect(JSON.parse(s3.stdout)).toMatchObject({ kind: 's3', public: true });
    const kms = await runCliProcess(['policy', 'explain', write('c.json', JSON.stringify(byKey)), '--account', OWNER]);
    expect(JSON.parse(kms.stdout)).toMatchObject({ kind: 'kms', public: true });
  });

  it('asks for --kind when nothing tells', async () => {
    const policy = { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
    const file = write('any.json', JSON.stringify(policy));
    const run = await runCliProcess(['policy', 'explain', file, '--account', OWNER]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --kind kms or --kind s3');
    const withKind = await runCliProcess(['policy', 'explain', file, '--account', OWNER, '--kind', 's3']);
    expect(JSON.parse(withKind.stdout)).toMatchObject({ kind: 's3', public: true });
  });
});
