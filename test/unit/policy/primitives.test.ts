import { describe, expect, it } from 'vitest';
import { arnMatches, arnPatternAccount, coversEveryResource, splitArn } from '../../../src/policy/arn-pattern.ts';
import { globCovers, globMatch, globsIntersect } from '../../../src/policy/glob.ts';
import { inferPolicyKind } from '../../../src/policy/kind.ts';
import { cidrContains, isBroadRange, parseCidr } from '../../../src/policy/ip.ts';
import { coversWithin, intersectsUniverse } from '../../../src/policy/pattern-set.ts';

describe('wildcard patterns', () => {
  it.each([
    ['kms:*', 'kms:Decrypt', true],
    ['kms:Get*', 'kms:GetKeyPolicy', true],
    ['kms:Get?eyPolicy', 'kms:GetKeyPolicy', true],
    ['kms:Get*', 'kms:Decrypt', false],
  ])('%s matches %s: %s', (p, v, r) => expect(globMatch(p, v, true)).toBe(r));

  it.each([
    ['*', 'kms:Get*', true],
    ['kms:*', 'kms:Get*', true],
    ['kms:Get*', 'kms:*', false],
    ['s3:*', 'kms:*', false],
    ['kms:Re*', 'kms:ReEncrypt*', true],
    ['kms:Get?', 'kms:Get*', false],
    ['KMS:DECRYPT', 'kms:Decrypt', true],
  ])('%s covers %s: %s', (outer, inner, r) => expect(globCovers(outer, inner, true)).toBe(r));

  it.each([
    ['kms:Get*', 'kms:*Policy', true],
    ['kms:Get*', 'kms:Put*', false],
    ['arn:aws:s3:::b/private/*', 'arn:aws:s3:::b/*', true],
    ['s3:*', 'kms:*', false],
  ])('%s and %s overlap: %s', (a, b, r) => expect(globsIntersect(a, b, true)).toBe(r));

  it('compares Action and NotAction sets within a service', () => {
    const set = (patterns: string[], negated = false) => ({ patterns, negated, ignoreCase: true });
    expect(intersectsUniverse(set(['kms:*'], true), 'kms:*')).toBe(false);
    expect(intersectsUniverse(set(['kms:Decrypt'], true), 'kms:*')).toBe(true);
    expect(coversWithin(set(['*']), set(['kms:Decrypt']), 'kms:*')).toBe(true);
    expect(coversWithin(set(['kms:Decrypt'], true), set(['kms:*']), 'kms:*')).toBe(false);
    expect(coversWithin(set(['kms:Decrypt'], true), set(['kms:Encrypt']), 'kms:*')).toBe(true);
    expect(coversWithin(set(['kms:Get*'], true), set(['kms:GetKeyPolicy'], true), 'kms:*')).toBe(false);
    expect(coversWithin(set(['kms:GetKeyPolicy'], true), set(['kms:Get*'], true), 'kms:*')).toBe(true);
  });
});

describe('IP ranges', () => {
  it('parses IPv4 and IPv6 addresses and ranges', () => {
    expect(parseCidr('203.0.113.0/24')).toMatchObject({ version: 4, prefix: 24 });
    expect(parseCidr('203.0.113.7')).toMatchObject({ version: 4, prefix: 32 });
    expect(parseCidr('2001:db8::/32')).toMatchObject({ version: 6, prefix: 32 });
    for (const bad of ['203.0.113.0/33', '256.0.0.1', 'x', '1.2.3.4/8/9', '2001:db8:::1']) expect(parseCidr(bad), bad).toBeUndefined();
  });

  it('tells containment and width', () => {
    expect(cidrContains(parseCidr('10.0.0.0/8')!, parseCidr('10.1.2.0/24')!)).toBe(true);
    expect(cidrContains(parseCidr('10.1.2.0/24')!, parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(cidrContains(parseCidr('2001:db8::/32')!, parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(isBroadRange(parseCidr('0.0.0.0/0')!)).toBe(true);
    expect(isBroadRange(parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(isBroadRange(parseCidr('::/0')!)).toBe(true);
  });
});

describe('ARN patterns, field by field', () => {
  it.each([
    ['arn:aws:s3:us-east-1:111122223333:accesspoint/*', true, { kind: 'fixed', account: '111122223333' }],
    ['arn:aws:s3:*:111122223333:accesspoint/*', true, { kind: 'fixed', account: '111122223333' }],
    ['arn:*:iam::111122223333:role/*', true, { kind: 'fixed', account: '111122223333' }],
    ['arn:aws:s3:*:*:accesspoint/*', true, { kind: 'open' }],
    ['arn:aws:iam::*:root', false, { kind: 'fixed', account: '*' }],
    ['arn:aws:s3:::bucket/*', true, { kind: 'none' }],
    ['*', true, { kind: 'open' }],
    ['111122223333', true, { kind: 'fixed', account: '111122223333' }],
  ])('%s (like %s) has account %j', (pattern, like, expected) => expect(arnPatternAccount(pattern, like)).toEqual(expected));

  it.each([
    ['arn:aws:iam::111122223333:role/app-*', 'arn:aws:iam::111122223333:role/app-web', true],
    ['arn:aws:iam::111122223333:role/app-*', 'arn:aws:iam::444455556666:role/app-web', false],
    ['arn:aws:s3:*:111122223333:accesspoint/*', 'arn:aws:s3:eu-west-1:111122223333:accesspoint/ap', true],
    // A wildcard region cannot swallow the account field of another account.
    ['arn:aws:sns:*:111122223333:t', 'arn:aws:sns:r:444455556666:x:111122223333:t', false],
    ['arn:aws:logs:*:*:log-group:app:*', 'arn:aws:logs:us-east-1:444455556666:log-group:app:log-stream:s', true],
  ])('%s matches %s: %s', (pattern, arn, r) => expect(arnMatches(pattern, arn)).toBe(r));

  it('splits the resource at the sixth field, colons included, and tells a whole-account pattern', () => {
    expect(splitArn('arn:aws:logs:us-east-1:111122223333:log-group:app:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111122223333',
      resource: 'log-group:app:*',
    });
    expect(splitArn('not-an-arn')).toBeUndefined();
    expect(coversEveryResource('arn:aws:iam::111122223333:*')).toBe(true);
    expect(coversEveryResource('arn:aws:iam::111122223333:role/ci-*')).toBe(false);
  });
});

describe('policy kind inference', () => {
  const statement = (extra: Record<string, unknown>) => ({ Statement: [{ Effect: 'Allow', Principal: '*', ...extra }] });
  it.each([
    [{ Action: 'kms:Decrypt', Resource: '*' }, 'kms'],
    [{ Action: 'S3:GetObject', Resource: '*' }, 's3'],
    [{ Action: '*', Resource: 'arn:aws:s3:::b/*' }, 's3'],
    [{ Action: '*', NotResource: 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/k' }, 'kms'],
    [{ Action: '*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }, 'kms'],
    [{ Action: '*', Resource: '*', Condition: { Bool: { 's3:x-amz-server-side-encryption': 'true' } } }, 's3'],
    [{ Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }, 'kms'],
    [{ Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, undefined],
  ])('%j is %s', (extra, kind) => expect(inferPolicyKind(statement(extra))).toBe(kind));

  it('gives no kind for what is not a policy', () => {
    for (const doc of [null, 'kms:Decrypt', [], { Statement: 'x' }]) expect(inferPolicyKind(doc)).toBeUndefined();
  });
});
