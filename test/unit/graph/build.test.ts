import { describe, expect, it } from 'vitest';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { keyHealth } from '../../../src/graph/derive.ts';
import { OWNER, collected, keyRef, kmsKey, node, s3Bucket } from '../../support/graph-builders.ts';

const volume = (id: string, attributes: Record<string, unknown>) =>
  node('ec2.volume', `arn:aws:ec2:eu-west-1:${OWNER}:volume/${id}`, { volumeId: id, ...attributes });

describe('buildGraph', () => {
  it('turns key references into encrypted-by edges to the key ARN, through aliases', () => {
    const key = kmsKey('k1');
    const alias = node('kms.alias', `arn:aws:kms:eu-west-1:${OWNER}:alias/app`, {
      aliasName: 'alias/app',
      targetKeyId: 'k1',
      awsManaged: false,
    });
    const v1 = volume('vol-1', { encryptionMode: 'kms' });
    const v2 = volume('vol-2', { encryptionMode: 'kms' });
    const graph = buildGraph(collected([key, alias, v1, v2], [keyRef(v1.id, 'k1'), keyRef(v2.id, 'alias/app')]));
    expect(graph.targets(v1.id, 'encrypted-by').map((n) => n.id)).toEqual([key.id]);
    expect(graph.targets(v2.id, 'encrypted-by').map((n) => n.id)).toEqual([key.id]);
    expect(graph.outgoing(v2.id)[0]?.via).toEqual({ ref: 'alias/app', field: 'KmsKeyId' });
    expect(
      graph
        .sources(key.id, 'encrypted-by')
        .map((n) => n.id)
        .sort(),
    ).toEqual([v1.id, v2.id]);
  });

  it('creates one external node per missing target, so that no edge dangles', () => {
    const v1 = volume('vol-1', { encryptionMode: 'kms' });
    const v2 = volume('vol-2', { encryptionMode: 'kms' });
    const foreign = 'arn:aws:kms:eu-west-1:444455556666:key/abc';
    const graph = buildGraph(collected([v1, v2], [keyRef(v1.id, foreign), keyRef(v2.id, foreign)]));
    const ext = graph.node(foreign)!;
    expect(ext.type).toBe('external');
    expect(ext.account).toBe('444455556666');
    expect(ext.attributes as ExternalAttributes).toMatchObject({ resourceType: 'kms.key', reason: 'other-account', references: [foreign] });
    expect(graph.nodesOfType('external')).toHaveLength(1);
  });

  it('says a key is not collected rather than missing when a gap hid the region', () => {
    const v1 = volume('vol-1', { encryptionMode: 'kms' });
    const gap = {
      account: OWNER,
      region: 'eu-west-1',
      service: 'kms',
      operation: 'ListKeys',
      code: 'AccessDeniedException',
      message: 'denied',
    };
    const graph = buildGraph(collected([v1], [keyRef(v1.id, 'k9')], { gaps: [gap] }));
    const ext = graph.node(`arn:aws:kms:eu-west-1:${OWNER}:key/k9`)!.attributes as ExternalAttributes;
    expect(ext.reason).toBe('not-collected');
    expect(ext.health).toBeUndefined();
  });

  it('gives a key that is not found the health "missing"', () => {
    const v1 = volume('vol-1', { encryptionMode: 'kms' });
    const graph = buildGraph(collected([v1], [keyRef(v1.id, 'k9')]));
    expect((graph.node(`arn:aws:kms:eu-west-1:${OWNER}:key/k9`)!.attributes as ExternalAttributes).health).toBe('missing');
  });

  it('does not call a bucket of unknown owner missing: an S3 ARN names no account', () => {
    const trail = node('cloudtrail.trail', `arn:aws:cloudtrail:eu-west-1:${OWNER}:trail/main`, { trailName: 'main' });
    const toBucket = (bucket: string, account?: string) => ({
      from: trail.id,
      kind: 'logs-to' as const,
      field: 'S3BucketName',
      ref: bucket,
      target: {
        kind: 'resource' as const,
        id: `arn:aws:s3:::${bucket}`,
        type: 's3.bucket' as const,
        service: 's3' as const,
        ...(account ? { account } : {}),
      },
    });
    const graph = buildGraph(collected([trail], [toBucket('central-logs'), toBucket('mine-gone', OWNER)]));
    expect((graph.node('arn:aws:s3:::central-logs')!.attributes as ExternalAttributes).reason).toBe('owner-unknown');
    expect((graph.node('arn:aws:s3:::mine-gone')!.attributes as ExternalAttributes).reason).toBe('not-found');
  });

  it('keeps one node for a trail reported by several regions', () => {
    const trail = node('cloudtrail.trail', `arn:aws:cloudtrail:eu-west-1:${OWNER}:trail/main`, { trailName: 'main' });
    expect(buildGraph(collected([trail, { ...trail }])).nodes).toHaveLength(1);
  });
});

describe('derived attributes', () => {
  it.each([
    [{ encryptionMode: 'none' }, [], 'none'],
    [{ encryptionMode: 'aws-owned' }, [], 'aws-owned'],
    [{ encryptionMode: 'kms' }, [{ keyManager: 'AWS' }], 'aws-managed-kms'],
    [{ encryptionMode: 'kms' }, [{ keyManager: 'CUSTOMER' }], 'customer-managed-kms'],
    [{ encryptionMode: 'kms' }, [{ keyManager: 'CUSTOMER', origin: 'EXTERNAL_KEY_STORE' }], 'external-key-store'],
    [{ encryptionMode: 'kms' }, [{ keyManager: 'CUSTOMER' }, { keyManager: 'AWS' }], 'aws-managed-kms'],
    [{ encryptionMode: 'kms' }, [{ keyManager: undefined }], undefined],
    [{}, [], undefined],
  ])('encryptionLevel of %j with keys %j is %s', (attrs, keys, expected) => {
    const keyNodes = keys.map((k, i) => kmsKey(`k${i}`, k));
    const v = volume('vol-1', attrs);
    const graph = buildGraph(
      collected(
        [v, ...keyNodes],
        keyNodes.map((k) => keyRef(v.id, k.id)),
      ),
    );
    expect(graph.node(v.id)!.attributes['encryptionLevel']).toBe(expected);
  });

  it('rates an AWS managed alias that was never collected as aws-managed-kms', () => {
    const v = volume('vol-1', { encryptionMode: 'kms' });
    const graph = buildGraph(collected([v], [keyRef(v.id, 'alias/aws/ebs')]));
    expect(graph.node(v.id)!.attributes['encryptionLevel']).toBe('aws-managed-kms');
  });

  it('rates a key of another account as customer managed (AWS managed keys cannot be shared)', () => {
    const v = volume('vol-1', { encryptionMode: 'kms' });
    const graph = buildGraph(collected([v], [keyRef(v.id, 'arn:aws:kms:eu-west-1:444455556666:key/x')]));
    expect(graph.node(v.id)!.attributes['encryptionLevel']).toBe('customer-managed-kms');
  });

  it.each([
    ['Enabled', 'enabled'],
    ['Updating', 'enabled'],
    ['Disabled', 'disabled'],
    ['PendingDeletion', 'pending-deletion'],
    ['PendingReplicaDeletion', 'pending-deletion'],
    ['PendingImport', 'pending-import'],
    ['Unavailable', 'unavailable'],
    ['Creating', 'unavailable'],
    [undefined, undefined],
  ])('key state %s is health %s', (state, health) => {
    expect(keyHealth(state)).toBe(health);
  });

  it('lists grantees and retiring principals of other accounts, not service principals', () => {
    const key = kmsKey('k1', {
      grants: [
        { grantId: 'g1', granteePrincipal: 'arn:aws:iam::444455556666:role/r', operations: ['Decrypt'] },
        { grantId: 'g2', granteePrincipal: `arn:aws:iam::${OWNER}:role/app`, retiringPrincipal: '777788889999', operations: ['Decrypt'] },
        { grantId: 'g3', granteePrincipal: 'rds.eu-west-1.amazonaws.com', operations: ['Decrypt'] },
      ],
    });
    const graph = buildGraph(collected([key]));
    expect(graph.node(key.id)!.attributes['externalGrantees']).toEqual(['777788889999', 'arn:aws:iam::444455556666:role/r']);
  });
});

describe('policy analysis of keys and buckets', () => {
  const publicKeyPolicy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
  };

  it('analyses the policy of every key whose policy was read, with the key account as owner', () => {
    const key = kmsKey('k1', { policy: publicKeyPolicy });
    const foreign = { ...kmsKey('k2'), account: '444455556666' };
    (foreign.attributes as Record<string, unknown>)['policy'] = {
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'kms:*', Resource: '*' }],
    };
    const graph = buildGraph(collected([key, foreign]));
    expect(graph.node(key.id)!.attributes['policyAnalysis']).toMatchObject({ status: 'ok', public: true, externalAccounts: [] });
    // The key's own account root is not external.
    expect(graph.node(foreign.id)!.attributes['policyAnalysis']).toMatchObject({ status: 'ok', public: false, externalAccounts: [] });
  });

  it('keeps the analysis absent when the key policy was not read, and unknown when it is not JSON', () => {
    const unread = kmsKey('k1');
    const garbled = kmsKey('k2', { policy: '{"Statement": [' });
    const graph = buildGraph(collected([unread, garbled]));
    expect(graph.node(unread.id)!.attributes).not.toHaveProperty('policyAnalysis');
    expect(graph.node(garbled.id)!.attributes['policyAnalysis']).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('not valid JSON'),
    });
    expect(graph.node(garbled.id)!.attributes['policyAnalysis']).not.toHaveProperty('public');
  });

  it('gives a bucket without a policy a verdict that grants nothing and no TLS enforcement', () => {
    const bucket = s3Bucket('empty', { policy: null });
    const attrs = buildGraph(collected([bucket])).node(bucket.id)!.attributes;
    expect(attrs['policyAnalysis']).toMatchObject({ status: 'ok', public: false, externalAccounts: [], scopes: [] });
    expect(attrs['secureTransportEnforced']).toBe(false);
  });

  it('leaves both bucket attributes absent when the policy was not read', () => {
    const bucket = s3Bucket('unread');
    const attrs = buildGraph(collected([bucket])).node(bucket.id)!.attributes;
    expect(attrs).not.toHaveProperty('policyAnalysis');
    expect(attrs).not.toHaveProperty('secureTransportEnforced');
  });

  it('analyses a bucket policy and tells whether it refuses plain HTTP on that bucket', () => {
    const arn = 'arn:aws:s3:::site';
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*` },
        {
          Sid: 'TlsOnly',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [arn, `${arn}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    const bucket = s3Bucket('site', { policy });
    const other = s3Bucket('other', { policy: { ...policy, Statement: [policy.Statement[0]] } });
    const graph = buildGraph(collected([bucket, other]));
    expect(graph.node(bucket.id)!.attributes).toMatchObject({ policyAnalysis: { public: true }, secureTransportEnforced: true });
    expect(graph.node(other.id)!.attributes['secureTransportEnforced']).toBe(false);
  });
});
