/**
 * The KMS collector against mocked AWS responses, for what the emulator does not model:
 * AWS managed keys (moto reports every key as CUSTOMER), rotation periods and next
 * rotation dates, PendingImport keys, and access denied on one key.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  KMSServiceException,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CallCounter, ClientFactory, collectAll } from '../../../src/collect/index.ts';
import { kmsCollector } from '../../../src/services/kms/collector.ts';
import type { KmsKeyAttributes } from '../../../src/graph/attributes.ts';
import { buildGraph } from '../../../src/graph/build.ts';

const ACCOUNT = '111122223333';
const arn = (id: string) => `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`;
const kms = mockClient(KMSClient);

afterEach(() => kms.reset());

async function collect() {
  const clients = new ClientFactory({ credentialsFor: () => ({ accessKeyId: 'a', secretAccessKey: 'b' }), counter: new CallCounter() });
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    services: ['kms'],
    partition: 'aws',
    clients,
    collectors: { kms: kmsCollector },
  });
  return buildGraph(outcome.data);
}

function denied(message: string) {
  return new KMSServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message });
}

describe('KMS collector (mocked AWS)', () => {
  it('asks only what each key can answer, and maps rotation details', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: ['aws', 'cmk', 'imported'].map((id) => ({ KeyId: id, KeyArn: arn(id) })) });
    kms.on(ListAliasesCommand).resolves({
      Aliases: [{ AliasName: 'alias/aws/s3', AliasArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/aws/s3`, TargetKeyId: 'aws' }],
    });
    const meta = { AWSAccountId: ACCOUNT, Enabled: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' } as const;
    kms
      .on(DescribeKeyCommand, { KeyId: 'aws' })
      .resolves({ KeyMetadata: { ...meta, KeyId: 'aws', Arn: arn('aws'), KeyManager: 'AWS', KeyState: 'Enabled', Origin: 'AWS_KMS' } });
    kms.on(DescribeKeyCommand, { KeyId: 'cmk' }).resolves({
      KeyMetadata: { ...meta, KeyId: 'cmk', Arn: arn('cmk'), KeyManager: 'CUSTOMER', KeyState: 'Enabled', Origin: 'AWS_KMS' },
    });
    kms.on(DescribeKeyCommand, { KeyId: 'imported' }).resolves({
      KeyMetadata: {
        ...meta,
        KeyId: 'imported',
        Arn: arn('imported'),
        KeyManager: 'CUSTOMER',
        KeyState: 'PendingImport',
        Origin: 'EXTERNAL',
        Enabled: false,
      },
    });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Version":"2012-10-17","Statement":[]}' });
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'cmk' }).resolves({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 730,
      NextRotationDate: new Date('2027-03-01T00:00:00Z'),
    });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [{ TagKey: 'team', TagValue: 'data' }] });
    kms.on(ListGrantsCommand).resolves({ Grants: [] });

    const graph = await collect();
    const aws = graph.node(arn('aws'))!.attributes as KmsKeyAttributes;
    expect(aws).toMatchObject({ keyManager: 'AWS', rotationSkippedReason: 'aws-managed' });
    expect(aws.grants).toBeUndefined(); // not read for AWS managed keys
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
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId)).toEqual(['cmk']);
    expect(
      kms
        .commandCalls(ListResourceTagsCommand)
        .map((c) => c.args[0].input.KeyId)
        .sort(),
    ).toEqual(['cmk', 'imported']);
    expect(
      kms
        .commandCalls(ListGrantsCommand)
        .map((c) => c.args[0].input.KeyId)
        .sort(),
    ).toEqual(['cmk', 'imported']);
    expect(kms.commandCalls(ListKeysCommand)[0]!.args[0].input.Limit).toBe(1000);
  });

  it('keeps a key whose policy is denied, with the policy unknown and a gap naming the key', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'cmk', KeyArn: arn('cmk') }] });
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    kms.on(DescribeKeyCommand).resolves({
      KeyMetadata: {
        KeyId: 'cmk',
        Arn: arn('cmk'),
        KeyManager: 'CUSTOMER',
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeySpec: 'SYMMETRIC_DEFAULT',
      },
    });
    kms.on(GetKeyPolicyCommand).rejects(denied('not authorized to perform kms:GetKeyPolicy'));
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });
    kms.on(ListResourceTagsCommand).resolves({ Tags: [] });
    kms.on(ListGrantsCommand).resolves({ Grants: [] });

    const graph = await collect();
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
    kms.on(ListKeysCommand).rejects(denied('no ListKeys for you'));
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    const graph = await collect();
    expect(graph.nodesOfType('kms.key')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ service: 'kms', operation: 'ListKeys', code: 'AccessDeniedException', region: 'eu-west-1' }]);
    expect(graph.gaps[0]).not.toHaveProperty('resource');
  });
});
