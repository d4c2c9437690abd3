import { describe, expect, it } from 'vitest';
import { globCovers, globMatch, globsIntersect } from '../../../src/policy/glob.ts';
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
