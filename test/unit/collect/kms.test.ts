/**
 * The KMS collector against canned AWS answers (the real client stack), for what the
 * emulator does not model: AWS managed keys (moto reports every key as CUSTOMER), rotation periods and next
 * rotation dates, PendingImport keys, and access denied on one key.
 */
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../src/collect/index.ts';
import { kmsCollector } from '../../../src/services/kms/collector.ts';
import type { KmsKeyAttributes } from '../../../src/services/kms/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { completeScan } from '../../support/canned-collect.ts';
import { keyRef, node } from '../../support/graph-builders.ts';
import { awsError, CannedAws, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const arn = (id: string) => `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`;

/** What the KMS collector collects from the canned answers. */
async function collectData(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    services: ['kms'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { kms: kmsCollector },
  });
  return outcome.data;
}

async function collect(answers: NonNullable<CannedAnswers['kms']>) {
  const aws = new CannedAws({ kms: answers });
  return { aws, graph: buildGraph(await collectData(aws)) };
}

function denied(message: string): Error {
  return awsError('AccessDeniedException', message, 400);
}

/** An answer that fails with `error`. */
const fails = (error: Error) => () => {
  throw error;
};

/** The `KeyId` each call of `operation` asked about, sorted. */
const keyIdsOf = (aws: CannedAws, operation: string) =>
  aws
    .callsOf(operation)
    .map((c) => String(c.input['KeyId']))
    .sort();

describe('KMS collector (canned AWS answers)', () => {
  it('asks only what each key can answer, and maps rotation details', async () => {
    const meta = { AWSAccountId: ACCOUNT, Enabled: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' } as const;
    const metadata: Record<string, KeyMetadata> = {
      aws: { ...meta, KeyId: 'aws', Arn: arn('aws'), KeyManager: 'AWS', KeyState: 'Enabled', Origin: 'AWS_KMS' },
      cmk: { ...meta, KeyId: 'cmk', Arn: arn('cmk'), KeyManager: 'CUSTOMER', KeyState: 'Enabled', Origin: 'AWS_KMS' },
      imported: {
        ...meta,
        KeyId: 'imported',
        Arn: arn('imported'),
        KeyManager: 'CUSTOMER',
        KeyState: 'PendingImport',
        Origin: 'EXTERNAL',
        Enabled: false,
      },
    };
    const { aws, graph } = await collect({
      ListKeys: () => ({ Keys: ['aws', 'cmk', 'imported'].map((id) => ({ KeyId: id, KeyArn: arn(id) })) }),
      ListAliases: () => ({
        Aliases: [{ AliasName: 'alias/aws/s3', AliasArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/aws/s3`, TargetKeyId: 'aws' }],
      }),
      DescribeKey: (input: { KeyId: string }) => ({ KeyMetadata: metadata[input.KeyId] }),
      GetKeyPolicy: () => ({ Policy: '{"Version":"2012-10-17","Statement":[]}' }),
      GetKeyRotationStatus: (input: { KeyId: string }) =>
        input.KeyId === 'cmk'
          ? { KeyRotationEnabled: true, RotationPeriodInDays: 730, NextRotationDate: new Date('2027-03-01T00:00:00Z') }
          : { KeyRotationEnabled: false },
      ListResourceTags: () => ({ Tags: [{ TagKey: 'team', TagValue: 'data' }] }),
      ListGrants: () => ({ Grants: [] }),
    });

    const awsManaged = graph.node(arn('aws'))!.attributes as KmsKeyAttributes;
    expect(awsManaged).toMatchObject({ keyManager: 'AWS', rotationSkippedReason: 'aws-managed' });
    expect(awsManaged.grants).toBeUndefined(); // not read for AWS managed keys
    expect(graph.node(arn('aws'))!.name).toBe('alias/aws/s3');
    expect(graph.node(arn('cmk'))!.attributes).toMatchObject({
      rotationEnabled: true,
      rotationPeriodInDays: 730,
      nextRotationDate: '2027-03-01T00:00:00.000Z',
      grants: [],
    });
    expect(graph.node(arn('cmk'))!.tags).toEqual({ team: 'data' });
    expect(graph.node(arn('imported'))!.attributes).toMatchObject({ health: 'pending-import', rotationSkippedReason: 'imported-material' });

    // Rotation, tags and grants were asked for the customer managed keys only, rotation for the rotatable one only.
    expect(keyIdsOf(aws, 'GetKeyRotationStatus')).toEqual(['cmk']);
    expect(keyIdsOf(aws, 'ListResourceTags')).toEqual(['cmk', 'imported']);
    expect(keyIdsOf(aws, 'ListGrants')).toEqual(['cmk', 'imported']);
    expect(aws.callsOf('ListKeys')[0]!.input['Limit']).toBe(1000);
  });

  it('keeps a key whose policy is denied, with the policy unknown and a gap naming the key', async () => {
    const { graph } = await collect({
      ListKeys: () => ({ Keys: [{ KeyId: 'cmk', KeyArn: arn('cmk') }] }),
      ListAliases: () => ({ Aliases: [] }),
      DescribeKey: () => ({
        KeyMetadata: {
          KeyId: 'cmk',
          Arn: arn('cmk'),
          KeyManager: 'CUSTOMER',
          KeyState: 'Enabled',
          Origin: 'AWS_KMS',
          KeySpec: 'SYMMETRIC_DEFAULT',
        },
      }),
      GetKeyPolicy: fails(denied('not authorized to perform kms:GetKeyPolicy')),
      GetKeyRotationStatus: () => ({ KeyRotationEnabled: false }),
      ListResourceTags: () => ({ Tags: [] }),
      ListGrants: () => ({ Grants: [] }),
    });

    expect(graph.node(arn('cmk'))!.attributes).not.toHaveProperty('policy');
    expect(graph.node(arn('cmk'))!.attributes).toMatchObject({ rotationEnabled: false });
    expect(graph.gaps).toEqual([
      {
        account: ACCOUNT,
        region: 'eu-west-1',
        service: 'kms',
        operation: 'GetKeyPolicy',
        code: 'AccessDeniedException',
        message: 'not authorized to perform kms:GetKeyPolicy',
        resource: arn('cmk'),
      },
    ]);
  });

  it('records a denied ListKeys as a gap instead of reporting no keys', async () => {
    const { graph } = await collect({ ListKeys: fails(denied('no ListKeys for you')), ListAliases: () => ({ Aliases: [] }) });
    expect(graph.nodesOfType('kms.key')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ service: 'kms', operation: 'ListKeys', code: 'AccessDeniedException', region: 'eu-west-1' }]);
    expect(graph.gaps[0]).not.toHaveProperty('resource');
  });

  it('takes a key an alias/aws/* alias points at for AWS managed, whatever DescribeKey says (moto answers CUSTOMER)', async () => {
    const aliasArn = `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/aws/ebs`;
    const metadata = (id: string): KeyMetadata => ({
      AWSAccountId: ACCOUNT,
      KeyId: id,
      Arn: arn(id),
      KeyManager: 'CUSTOMER',
      KeyState: 'Enabled',
      Enabled: true,
      Origin: 'AWS_KMS',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
    const aws = new CannedAws({
      kms: {
        ListKeys: () => ({ Keys: ['default-ebs', 'cmk'].map((id) => ({ KeyId: id, KeyArn: arn(id) })) }),
        ListAliases: () => ({
          Aliases: [
            { AliasName: 'alias/aws/ebs', AliasArn: aliasArn, TargetKeyId: 'default-ebs' },
            { AliasName: 'alias/app', AliasArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/app`, TargetKeyId: 'cmk' },
          ],
        }),
        DescribeKey: (input: { KeyId: string }) => ({ KeyMetadata: metadata(input.KeyId) }),
        GetKeyPolicy: () => ({ Policy: '{"Version":"2012-10-17","Statement":[]}' }),
        GetKeyRotationStatus: () => ({ KeyRotationEnabled: false }),
        ListResourceTags: () => ({ Tags: [] }),
        ListGrants: () => ({ Grants: [] }),
      },
    });
    const data = await collectData(aws);
    // Volumes that name the key by its alias ARN, by its key ARN, and the customer key by its alias ARN.
    const volume = (id: string) => node('ec2.volume', `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/${id}`, { encryptionMode: 'kms' });
    const volumes = [volume('vol-alias-arn'), volume('vol-key-arn'), volume('vol-cmk')];
    const graph = buildGraph({
      ...data,
      nodes: [...data.nodes, ...volumes],
      pending: [
        ...data.pending,
        keyRef(volumes[0]!.id, aliasArn),
        keyRef(volumes[1]!.id, arn('default-ebs')),
        keyRef(volumes[2]!.id, `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/app`),
      ],
      scope: { ...data.scope, services: [...SERVICES] },
    });

    expect(graph.node(arn('default-ebs'))!.attributes).toMatchObject({ keyManager: 'AWS', aliases: ['alias/aws/ebs'] });
    expect(graph.node(arn('cmk'))!.attributes).toMatchObject({ keyManager: 'CUSTOMER' });
    // Alias ARNs resolve to the key ARN of the key they point at.
    expect(graph.targets(volumes[0]!.id, 'encrypted-by').map((n) => n.id)).toEqual([arn('default-ebs')]);
    expect(graph.targets(volumes[1]!.id, 'encrypted-by').map((n) => n.id)).toEqual([arn('default-ebs')]);
    expect(graph.targets(volumes[2]!.id, 'encrypted-by').map((n) => n.id)).toEqual([arn('cmk')]);
    expect(volumes.map((v) => graph.node(v.id)!.attributes['encryptionLevel'])).toEqual([
      'aws-managed-kms',
      'aws-managed-kms',
      'customer-managed-kms',
    ]);

    // The key rules for customer managed keys leave it alone (rotation, policy, grants, deletion).
    const evaluation = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, 'eu-west-1') } }, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(['CP-KMS-001', 'CP-KMS-003', 'CP-KMS-007'].map((rule) => status(rule, arn('default-ebs')))).toEqual([
      'not_applicable',
      'not_applicable',
      'not_applicable',
    ]);
    expect(status('CP-KMS-001', arn('cmk'))).toBe('fail');
  });
});
