import { describe, expect, it } from 'vitest';
import { parseKeyRef, resolveKeyRef, type KeyLookup } from '../../../src/graph/key-ref.ts';

const OWNER = '111122223333';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:eu-west-1:${OWNER}:key/${KEY_ID}`;
const ctx = { partition: 'aws', account: OWNER, region: 'eu-west-1' };

/** The graph as a lookup: one key, its alias, and a scan of OWNER in eu-west-1 only. */
const lookup: KeyLookup = {
  hasKey: (arn) => arn === KEY_ARN,
  aliasTarget: (aliasArn) => (aliasArn === `arn:aws:kms:eu-west-1:${OWNER}:alias/app` ? KEY_ARN : undefined),
  whyAbsent: (account, region) => (account !== OWNER ? 'other-account' : region !== 'eu-west-1' ? 'region-not-scanned' : 'not-found'),
};

describe('parseKeyRef', () => {
  it.each([
    [KEY_ID, { form: 'key-id', keyId: KEY_ID }],
    ['mrk-1234abcd12ab34cd56ef1234567890ab', { form: 'key-id' }],
    [KEY_ARN, { form: 'key-arn', account: OWNER, region: 'eu-west-1', keyId: KEY_ID }],
    ['alias/app', { form: 'alias-name', aliasName: 'alias/app' }],
    ['alias/aws/s3', { form: 'alias-name', aliasName: 'alias/aws/s3' }],
    [`arn:aws:kms:eu-west-1:${OWNER}:alias/app`, { form: 'alias-arn', aliasName: 'alias/app' }],
    [`arn:aws-cn:kms:cn-north-1:${OWNER}:key/${KEY_ID}`, { form: 'key-arn', partition: 'aws-cn' }],
    ['arn:aws:s3:::bucket', { form: 'invalid' }],
    ['alias/', { form: 'invalid' }],
    ['has spaces', { form: 'invalid' }],
  ])('%s', (ref, expected) => {
    expect(parseKeyRef(ref)).toMatchObject(expected);
  });
});

describe('resolveKeyRef', () => {
  it('resolves a key id in the context of the referencing resource', () => {
    expect(resolveKeyRef(KEY_ID, ctx, lookup)).toEqual({ id: KEY_ARN, resolvedVia: 'key' });
  });

  it('resolves a key ARN to itself', () => {
    expect(resolveKeyRef(KEY_ARN, ctx, lookup)).toEqual({ id: KEY_ARN, resolvedVia: 'key' });
  });

  it('resolves an alias name and an alias ARN to the key, never to the alias', () => {
    expect(resolveKeyRef('alias/app', ctx, lookup)).toEqual({ id: KEY_ARN, resolvedVia: 'alias' });
    expect(resolveKeyRef(`arn:aws:kms:eu-west-1:${OWNER}:alias/app`, ctx, lookup)).toEqual({ id: KEY_ARN, resolvedVia: 'alias' });
  });

  it('marks an AWS managed alias that was not collected as such', () => {
    expect(resolveKeyRef('alias/aws/s3', ctx, lookup)).toEqual({
      id: `arn:aws:kms:eu-west-1:${OWNER}:alias/aws/s3`,
      external: { reason: 'not-found', awsManagedAlias: true },
    });
  });

  it('makes a key of another account external', () => {
    const arn = `arn:aws:kms:eu-west-1:444455556666:key/${KEY_ID}`;
    expect(resolveKeyRef(arn, ctx, lookup)).toEqual({ id: arn, external: { reason: 'other-account' } });
    const aliasArn = 'arn:aws:kms:eu-west-1:444455556666:alias/shared';
    expect(resolveKeyRef(aliasArn, ctx, lookup)).toEqual({ id: aliasArn, external: { reason: 'other-account' } });
  });

  it('makes a key of a region that was not scanned external', () => {
    const arn = `arn:aws:kms:us-east-1:${OWNER}:key/${KEY_ID}`;
    expect(resolveKeyRef(arn, ctx, lookup)).toEqual({ id: arn, external: { reason: 'region-not-scanned' } });
  });

  it('makes a key that is absent from a fully scanned region external and not found', () => {
    const id = 'ffffffff-12ab-34cd-56ef-1234567890ab';
    expect(resolveKeyRef(id, ctx, lookup)).toEqual({ id: `arn:aws:kms:eu-west-1:${OWNER}:key/${id}`, external: { reason: 'not-found' } });
  });

  it('keeps an unparsable reference as evidence', () => {
    expect(resolveKeyRef('arn:aws:s3:::bucket', ctx, lookup)).toMatchObject({ external: { reason: 'unparsable' } });
  });
});
