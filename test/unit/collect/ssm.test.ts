/**
 * The SSM Parameter Store collector against canned AWS answers, for what the emulator does
 * not model: pages of `MaxResults` (moto always answers 10 a page), the parameter's `ARN`
 * (moto leaves it out), and a denied listing.
 */
import type { ParameterMetadata } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../src/collect/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { ssmCollector } from '../../../src/services/ssm/collector.ts';
import { parameterArn } from '../../../src/services/ssm/map.ts';
import type { SsmParameterAttributes } from '../../../src/services/ssm/types.ts';
import { CannedAws, awsError, tokenPage, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e000000-0000-0000-0000-000000000001`;
const arn = (name: string) => `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${name.replace(/^\//, '')}`;

function parameter(name: string, extra: Partial<ParameterMetadata> = {}): ParameterMetadata {
  return {
    Name: name,
    ARN: arn(name),
    Type: 'SecureString',
    KeyId: 'alias/aws/ssm',
    LastModifiedDate: new Date('2025-03-01T00:00:00Z'),
    LastModifiedUser: `arn:aws:iam::${ACCOUNT}:user/admin`,
    Version: 1,
    Tier: 'Standard',
    DataType: 'text',
    ...extra,
  };
}

/** DescribeParameters as AWS answers it: the Type filter applied, pages of at most `MaxResults` (at most 50). */
function describeLikeAws(parameters: readonly ParameterMetadata[]): CannedAnswers {
  return {
    ssm: {
      DescribeParameters: (input: { MaxResults?: number; NextToken?: string; ParameterFilters?: { Key: string; Values: string[] }[] }) => {
        const types = input.ParameterFilters?.find((f) => f.Key === 'Type')?.Values;
        const matching = parameters.filter((p) => types === undefined || types.includes(p.Type ?? ''));
        return tokenPage('Parameters', matching, 50, input);
      },
    },
  };
}

async function collect(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['ssm'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { ssm: ssmCollector },
  });
  return buildGraph(outcome.data);
}

describe('SSM Parameter Store collector (canned AWS answers)', () => {
  it('lists only SecureString parameters, 120 in 3 pages of 50, and never asks for a value', async () => {
    const secure = Array.from({ length: 120 }, (_, i) => parameter(`/app/p${i}`, { KeyId: CMK }));
    const plain = Array.from({ length: 30 }, (_, i) => parameter(`/app/plain${i}`, { Type: 'String', KeyId: undefined }));
    const aws = new CannedAws(describeLikeAws([...plain, ...secure]));
    const graph = await collect(aws);
    expect(graph.nodesOfType('ssm.parameter')).toHaveLength(120);
    const calls = aws.callsOf('DescribeParameters');
    expect(calls.map((c) => c.input['NextToken'])).toEqual([undefined, 'page-50', 'page-100']);
    for (const c of calls) {
      expect(c.input).toMatchObject({ MaxResults: 50, ParameterFilters: [{ Key: 'Type', Option: 'Equals', Values: ['SecureString'] }] });
    }
    // Only the listing: no GetParameter, GetParameters, GetParametersByPath or GetParameterHistory.
    expect(new Set(aws.calls.map((c) => `${c.client}:${c.operation}`))).toEqual(new Set(['ssm:DescribeParameters']));
    expect(graph.gaps).toEqual([]);
  });

  it('maps the metadata and the key in the form AWS gives, aws/ssm as the AWS managed key', async () => {
    const aws = new CannedAws(
      describeLikeAws([
        parameter('/app/db/password', { Description: 'the database password' }),
        parameter('api-token', { KeyId: CMK, Tier: 'Advanced', Version: 4 }),
        parameter('/app/alias-key', { KeyId: 'alias/app-parameters' }),
      ]),
    );
    const graph = await collect(aws);
    const node = graph.node(arn('/app/db/password'))!;
    expect(node).toMatchObject({ name: '/app/db/password', region: REGION, account: ACCOUNT, tags: {} });
    expect(node.attributes as SsmParameterAttributes).toEqual({
      name: '/app/db/password',
      type: 'SecureString',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
      kmsKeyId: 'alias/aws/ssm',
      tier: 'Standard',
      dataType: 'text',
      version: 1,
      lastModifiedDate: '2025-03-01T00:00:00.000Z',
      lastModifiedUser: `arn:aws:iam::${ACCOUNT}:user/admin`,
      description: 'the database password',
    });
    const awsKey = graph.targets(node.id, 'encrypted-by');
    expect(awsKey.map((k) => k.id)).toEqual([`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/ssm`]);
    expect((awsKey[0]!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    expect(graph.node(arn('api-token'))!.attributes).toMatchObject({ kmsKeyId: CMK, tier: 'Advanced', version: 4, description: null });
    expect(graph.targets(arn('api-token'), 'encrypted-by').map((k) => k.id)).toEqual([CMK]);
    // A customer alias that KMS (not scanned) could not resolve: the key and so the level stay unknown.
    expect(graph.targets(arn('/app/alias-key'), 'encrypted-by').map((k) => k.id)).toEqual([
      `arn:aws:kms:${REGION}:${ACCOUNT}:alias/app-parameters`,
    ]);
    expect((graph.node(arn('/app/alias-key'))!.attributes as SsmParameterAttributes).encryptionLevel).toBeUndefined();
  });

  it('builds the ARN AWS gives when the answer has none (the emulator)', () => {
    const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
    expect(parameterArn(scope, '/a/b', undefined)).toBe(`arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/a/b`);
    expect(parameterArn(scope, 'flat', '')).toBe(`arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/flat`);
    expect(parameterArn(scope, '/a', 'arn:aws:ssm:x')).toBe('arn:aws:ssm:x');
  });

  it('records a denied listing as a gap, with no parameter and no guess', async () => {
    const aws = new CannedAws({
      ssm: {
        DescribeParameters: () => {
          throw awsError('AccessDeniedException', 'User is not authorized to perform: ssm:DescribeParameters');
        },
      },
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('ssm.parameter')).toEqual([]);
    expect(graph.gaps.map((g) => [g.service, g.region, g.operation, g.code])).toEqual([
      ['ssm', REGION, 'DescribeParameters', 'AccessDeniedException'],
    ]);
  });
});
