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
import { awsError, CannedAws, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const arn = (id: string) => `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`;

async function collect(answers: NonNullable<CannedAnswers['kms']>) {
  const aws = new CannedAws({ kms: answers });
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    services: ['kms'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { kms: kmsCollector },
  });
  return { aws, graph: buildGraph(outcome.data) };
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
});
