/**
 * The EFS collector on canned AWS answers: the AWS form of an encrypted file system (AWS
 * names the key, the AWS managed `aws/elasticfilesystem` key's ARN by default; the emulator
 * names none), paging at the API's page size, and failures as gaps.
 */
import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { describe, expect, it } from 'vitest';
import { CallCounter, collectAll } from '../../../src/collect/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { efsCollector } from '../../../src/services/efs/collector.ts';
import { efsKeyRef, mapFileSystem } from '../../../src/services/efs/map.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const fsArn = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`;

function fileSystem(id: string, extra: Partial<FileSystemDescription> = {}): FileSystemDescription {
  return {
    FileSystemId: id,
    FileSystemArn: fsArn(id),
    OwnerId: ACCOUNT,
    CreationToken: id,
    CreationTime: new Date('2024-02-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 2,
    SizeInBytes: { Value: 6144 },
    PerformanceMode: 'generalPurpose',
    ThroughputMode: 'elastic',
    Encrypted: false,
    Tags: [],
    ...extra,
  };
}

/** DescribeFileSystems as AWS answers it: pages of `MaxItems` (at most 100), `Marker` / `NextMarker`. */
function efsAnswers(all: FileSystemDescription[]): CannedAnswers['elasticfilesystem'] {
  return {
    DescribeFileSystems: (input: { MaxItems?: number; Marker?: string }) => {
      const page = pageOf(all, Math.min(input.MaxItems ?? 100, 100), input.Marker);
      return { FileSystems: page.items, ...(page.next === undefined ? {} : { NextMarker: page.next }) };
    },
  };
}

async function collect(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['efs'],
    partition: 'aws',
    clients: aws.clients(new CallCounter()),
    collectors: { efs: efsCollector },
  });
  return buildGraph(outcome.data);
}

describe('EFS file systems (canned AWS answers)', () => {
  it('reads 230 file systems in 3 pages of 100, with the key AWS names for each', async () => {
    const awsManagedKey = `arn:aws:kms:${REGION}:${ACCOUNT}:key/aaaaaaaa-0000-0000-0000-000000000001`;
    const all = Array.from({ length: 230 }, (_, i) =>
      fileSystem(`fs-${i.toString(16).padStart(17, '0')}`, i % 2 === 0 ? { Encrypted: true, KmsKeyId: awsManagedKey } : {}),
    );
    const aws = new CannedAws({ elasticfilesystem: efsAnswers(all) });
    const graph = await collect(aws);
    expect(aws.callsOf('DescribeFileSystems').map((c) => c.input)).toEqual([
      { MaxItems: 100 },
      { MaxItems: 100, Marker: 'page-100' },
      { MaxItems: 100, Marker: 'page-200' },
    ]);
    const nodes = graph.nodesOfType('efs.file-system');
    expect(nodes).toHaveLength(230);
    const encrypted = graph.node(fsArn(`fs-${'0'.repeat(17)}`))!;
    expect(encrypted.attributes).toMatchObject({
      encrypted: true,
      encryptionMode: 'kms',
      kmsKeyId: awsManagedKey,
      throughputMode: 'elastic',
    });
    expect(graph.targets(encrypted.id, 'encrypted-by').map((k) => k.id)).toEqual([awsManagedKey]);
    expect(graph.gaps).toEqual([]);
  });

  it('keeps the file systems of the pages read before a page failed, and records the gap', async () => {
    const all = Array.from({ length: 150 }, (_, i) => fileSystem(`fs-${i.toString(16).padStart(17, '0')}`));
    const answers = efsAnswers(all)!;
    const aws = new CannedAws({
      elasticfilesystem: {
        DescribeFileSystems: (input: { Marker?: string }, call) => {
          if (input.Marker !== undefined)
            throw awsError('AccessDeniedException', 'not authorized to perform: elasticfilesystem:DescribeFileSystems');
          return answers['DescribeFileSystems']!(input, call);
        },
      },
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('efs.file-system')).toHaveLength(100);
    expect(graph.gaps.map((g) => [g.service, g.operation, g.code])).toEqual([['efs', 'DescribeFileSystems', 'AccessDeniedException']]);
  });

  it('records AccessDenied as a gap of the region, with no file systems', async () => {
    const aws = new CannedAws({
      elasticfilesystem: {
        DescribeFileSystems: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: elasticfilesystem:DescribeFileSystems');
        },
      },
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('efs.file-system')).toEqual([]);
    expect(graph.gaps.map((g) => [g.operation, g.code, g.region])).toEqual([['DescribeFileSystems', 'AccessDeniedException', REGION]]);
  });
});

describe('EFS mapping', () => {
  it('records the documented default key for an encrypted file system whose answer names none', () => {
    expect(efsKeyRef(scope, undefined, true)).toBe(`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/elasticfilesystem`);
    expect(efsKeyRef(scope, 'alias/mine', true)).toBe('alias/mine');
    expect(efsKeyRef(scope, undefined, false)).toBeUndefined();
    expect(efsKeyRef(scope, undefined, undefined)).toBeUndefined();
  });

  it('maps a One Zone file system, its name tag, and an unread encryption as absent', () => {
    const { node, edges } = mapFileSystem(
      scope,
      fileSystem('fs-1', {
        AvailabilityZoneName: 'eu-west-1a',
        Name: undefined,
        Tags: [{ Key: 'Name', Value: 'media' }],
        Encrypted: undefined,
      }),
    );
    expect(node.name).toBe('media');
    expect(node.attributes).toMatchObject({ availabilityZoneName: 'eu-west-1a', numberOfMountTargets: 2 });
    expect(node.attributes).not.toHaveProperty('encrypted');
    expect(node.attributes).not.toHaveProperty('encryptionMode');
    expect(node.attributes).not.toHaveProperty('kmsKeyId');
    expect(edges).toEqual([]);
  });
});
