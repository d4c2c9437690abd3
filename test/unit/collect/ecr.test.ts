/**
 * The ECR collector on canned AWS answers, for what the emulator does not show: paging
 * (moto ignores `maxResults`), a KMS repository created without a key (AWS names the ARN of
 * its AWS managed key aws/ecr, moto invents a key), and failures as gaps.
 */
import type { Repository } from '@aws-sdk/client-ecr';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { ecrCollector } from '../../../src/services/ecr/collector.ts';
import { mapRepository } from '../../../src/services/ecr/map.ts';
import { kmsKey } from '../../support/graph-builders.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const CMK_ID = '0e0e0e0e-1111-4222-8333-444455556666';
const AWS_ECR_ID = 'aaaaaaaa-1111-4222-8333-444455556666';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const repoArn = (name: string) => `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`;

/** A repository as AWS describes it. */
function repository(
  name: string,
  encryptionConfiguration: Repository['encryptionConfiguration'] = { encryptionType: 'AES256' },
): Repository {
  return {
    repositoryArn: repoArn(name),
    registryId: ACCOUNT,
    repositoryName: name,
    repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}`,
    createdAt: new Date('2024-05-01T00:00:00Z'),
    imageTagMutability: 'IMMUTABLE',
    imageScanningConfiguration: { scanOnPush: true },
    encryptionConfiguration,
  };
}

function cannedRepositories(repositories: Repository[]) {
  return new CannedAws({
    ecr: {
      DescribeRepositories: (input: { maxResults?: number; nextToken?: string }) => {
        const page = pageOf(repositories, Math.min(input.maxResults ?? 100, 1000), input.nextToken);
        return { repositories: page.items, ...(page.next === undefined ? {} : { nextToken: page.next }) };
      },
    },
  });
}

const collect = (aws: CannedAws) => collectCanned(aws, ecrCollector, ACCOUNT, REGION);
const scanMetadata = completeScan(ACCOUNT, REGION);

describe('ECR collector (canned AWS answers)', () => {
  it('reads every page at 1,000 repositories a page and maps AWS answers exactly', async () => {
    const repositories = Array.from({ length: 2100 }, (_, i) => repository(`app-${String(i).padStart(4, '0')}`));
    repositories[1] = repository('app-0001', { encryptionType: 'KMS', kmsKey: keyArn(CMK_ID) });
    // Created with KMS and no key: AWS answers the ARN of its AWS managed key aws/ecr.
    repositories[2] = repository('app-0002', { encryptionType: 'KMS', kmsKey: keyArn(AWS_ECR_ID) });
    repositories[3] = repository('app-0003', { encryptionType: 'KMS_DSSE', kmsKey: keyArn(CMK_ID) });
    const aws = cannedRepositories(repositories);
    const data = await collect(aws);

    expect(aws.callsOf('DescribeRepositories').map((c) => c.input)).toEqual([
      { maxResults: 1000 },
      { maxResults: 1000, nextToken: 'page-1000' },
      { maxResults: 1000, nextToken: 'page-2000' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(2100);
    const keys = [kmsKey(CMK_ID), kmsKey(AWS_ECR_ID, { keyManager: 'AWS' })];
    const graph = buildGraph({ ...data, nodes: [...data.nodes, ...keys], scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(repoArn('app-0001'))).toEqual({
      id: repoArn('app-0001'),
      type: 'ecr.repository',
      account: ACCOUNT,
      region: REGION,
      name: 'app-0001',
      tags: {},
      attributes: {
        repositoryName: 'app-0001',
        registryId: ACCOUNT,
        encryptionType: 'KMS',
        encryptionMode: 'kms',
        encryptionLevel: 'customer-managed-kms',
        kmsKeyId: keyArn(CMK_ID),
        imageTagMutability: 'IMMUTABLE',
        scanOnPush: true,
        createdAt: '2024-05-01T00:00:00.000Z',
      },
    });
    expect(graph.targets(repoArn('app-0001'), 'encrypted-by').map((n) => n.id)).toEqual([keyArn(CMK_ID)]);
    expect(graph.node(repoArn('app-0000'))!.attributes).toMatchObject({
      encryptionType: 'AES256',
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      kmsKeyId: null,
    });
    expect(graph.outgoing(repoArn('app-0000'))).toEqual([]);
    expect(graph.node(repoArn('app-0002'))!.attributes).toMatchObject({ encryptionType: 'KMS', encryptionLevel: 'aws-managed-kms' });
    expect(graph.node(repoArn('app-0003'))!.attributes).toMatchObject({
      encryptionType: 'KMS_DSSE',
      encryptionLevel: 'customer-managed-kms',
    });

    const evaluation = evaluateSnapshot({ graph, snapshot: { scan: scanMetadata } }, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === repoArn(name))?.status;
    expect([status('CP-ECR-001', 'app-0000'), status('CP-ECR-001', 'app-0001'), status('CP-ECR-001', 'app-0002')]).toEqual([
      'fail',
      'pass',
      'pass',
    ]);
    expect([status('CP-ECR-002', 'app-0000'), status('CP-ECR-002', 'app-0001'), status('CP-ECR-002', 'app-0002')]).toEqual([
      'not_applicable',
      'pass',
      'pass',
    ]);
  });

  it('leaves the key and level unknown for a KMS repository whose answer names no key', () => {
    const mapped = mapRepository(scope, repository('keyless', { encryptionType: 'KMS' }));
    expect(mapped.node.attributes).toMatchObject({ encryptionType: 'KMS', encryptionMode: 'kms' });
    expect(mapped.node.attributes.kmsKeyId).toBeUndefined();
    expect(mapped.edges).toEqual([]);
    // An encryption type this version does not know: not judged.
    expect(
      mapRepository(scope, repository('future', { encryptionType: 'SOMETHING_NEW' as 'KMS' })).node.attributes.encryptionMode,
    ).toBeUndefined();
  });

  it('a denied listing is a gap and leaves no repository', async () => {
    const aws = new CannedAws({
      ecr: {
        DescribeRepositories: () => {
          throw awsError('AccessDeniedException', 'User is not authorized to perform: ecr:DescribeRepositories');
        },
      },
    });
    const data = await collect(aws);
    expect(data.nodes).toEqual([]);
    expect(data.gaps).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        region: REGION,
        service: 'ecr',
        operation: 'DescribeRepositories',
        code: 'AccessDeniedException',
      }),
    ]);
  });
});
