/**
 * The AMI collector on canned AWS answers, for what the emulator does not show: paging (moto
 * ignores `MaxResults`), mappings that state their encryption and name their keys (moto
 * states neither), instance-store mappings, a key pending deletion used only by an image,
 * and failures as gaps.
 */
import type { BlockDeviceMapping, Image } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { amiCollector } from '../../../src/services/ami/collector.ts';
import { mapImage } from '../../../src/services/ami/map.ts';
import { kmsKey } from '../../support/graph-builders.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const CMK_ID = '0a0a0a0a-1111-4222-8333-444455556666';
const RETIRED_ID = '0b0b0b0b-1111-4222-8333-444455556666';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const imageArn = (id: string) => `arn:aws:ec2:${REGION}::image/${id}`;
const imageId = (i: number) => `ami-${String(i).padStart(17, '0')}`;

const ebs = (device: string, snapshot: string, encrypted: boolean, keyId?: string): BlockDeviceMapping => ({
  DeviceName: device,
  Ebs: {
    SnapshotId: snapshot,
    VolumeSize: 8,
    VolumeType: 'gp3',
    DeleteOnTermination: true,
    Encrypted: encrypted,
    ...(keyId === undefined ? {} : { KmsKeyId: keyArn(keyId) }),
  },
});

/** An image as AWS describes it: by default one encrypted root mapping with the customer managed key. */
function image(
  i: number,
  mappings: BlockDeviceMapping[] = [ebs('/dev/xvda', `snap-${i}`, true, CMK_ID)],
  extra: Partial<Image> = {},
): Image {
  return {
    ImageId: imageId(i),
    Name: `build-${i}`,
    OwnerId: ACCOUNT,
    Public: false,
    State: 'available',
    CreationDate: '2024-05-01T00:00:00.000Z',
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    BlockDeviceMappings: mappings,
    Tags: [{ Key: 'team', Value: 'platform' }],
    ...extra,
  };
}

function cannedImages(images: Image[]) {
  return new CannedAws({
    ec2: {
      DescribeImages: (input: { Owners?: string[]; MaxResults?: number; NextToken?: string }) => {
        const page = pageOf(images, Math.min(input.MaxResults ?? 1000, 1000), input.NextToken);
        return { Images: page.items, ...(page.next === undefined ? {} : { NextToken: page.next }) };
      },
    },
  });
}

const collect = (aws: CannedAws) => collectCanned(aws, amiCollector, ACCOUNT, REGION);

describe('AMI collector (canned AWS answers)', () => {
  it("reads the account's own images at 1,000 a page, with their mappings' encryption, keys and snapshots", async () => {
    const images = Array.from({ length: 1500 }, (_, i) => image(i));
    // Two encrypted mappings with two keys, one of them pending deletion, and an instance-store volume.
    images[1] = image(1, [
      ebs('/dev/xvda', 'snap-1', true, CMK_ID),
      ebs('/dev/xvdb', 'snap-1b', true, RETIRED_ID),
      { DeviceName: '/dev/xvdc', VirtualName: 'ephemeral0' },
    ]);
    // One mapping not encrypted, and public.
    images[2] = image(2, [ebs('/dev/xvda', 'snap-2', true, CMK_ID), ebs('/dev/xvdb', 'snap-2b', false)], { Public: true });
    // Instance-store only.
    images[3] = image(3, [{ DeviceName: '/dev/sda1', VirtualName: 'ephemeral0' }], { RootDeviceType: 'instance-store' });
    const aws = cannedImages(images);
    const data = await collect(aws);

    expect(aws.callsOf('DescribeImages').map((c) => c.input)).toEqual([
      { Owners: ['self'], MaxResults: 1000 },
      { Owners: ['self'], MaxResults: 1000, NextToken: 'page-1000' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(1500);

    const keys = [kmsKey(CMK_ID), kmsKey(RETIRED_ID, { keyState: 'PendingDeletion', enabled: false })];
    const graph = buildGraph({ ...data, nodes: [...data.nodes, ...keys], scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(imageArn(imageId(0)))).toEqual({
      id: imageArn(imageId(0)),
      type: 'ec2.image',
      account: ACCOUNT,
      region: REGION,
      name: 'build-0',
      tags: { team: 'platform' },
      attributes: {
        imageId: imageId(0),
        encryptionMode: 'kms',
        encryptionLevel: 'customer-managed-kms',
        state: 'available',
        public: false,
        ownerId: ACCOUNT,
        creationDate: '2024-05-01T00:00:00.000Z',
        rootDeviceType: 'ebs',
        ebsMappings: [{ deviceName: '/dev/xvda', snapshotId: 'snap-0', encrypted: true, kmsKeyId: keyArn(CMK_ID) }],
        snapshotIds: ['snap-0'],
        encrypted: true,
        kmsKeyIds: [keyArn(CMK_ID)],
      },
    });
    expect(graph.targets(imageArn(imageId(1)), 'encrypted-by').map((n) => n.id)).toEqual([keyArn(CMK_ID), keyArn(RETIRED_ID)].sort());
    expect(graph.node(imageArn(imageId(1)))!.attributes).toMatchObject({ snapshotIds: ['snap-1', 'snap-1b'], encrypted: true });
    expect(graph.node(imageArn(imageId(2)))!.attributes).toMatchObject({ encrypted: false, encryptionMode: 'none', public: true });
    expect(graph.node(imageArn(imageId(3)))!.attributes).toMatchObject({ ebsMappings: [], snapshotIds: [], kmsKeyIds: [] });
    expect(graph.node(imageArn(imageId(3)))!.attributes).not.toHaveProperty('encryptionMode');
    // The snapshots were not collected here (EBS not in this run): external nodes, edges kept.
    expect(graph.targets(imageArn(imageId(1)), 'backed-by').map((n) => [n.type, n.id])).toEqual([
      ['external', `arn:aws:ec2:${REGION}::snapshot/snap-1`],
      ['external', `arn:aws:ec2:${REGION}::snapshot/snap-1b`],
    ]);

    const { results } = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, REGION) } }, prepareRules());
    const status = (rule: string, id: string) => results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    const ids = [0, 1, 2, 3].map((i) => imageArn(imageId(i)));
    // The mappings' own Encrypted decides, without the snapshots.
    expect(ids.map((id) => status('CP-AMI-001', id))).toEqual(['pass', 'pass', 'fail', 'not_applicable']);
    expect(ids.map((id) => status('CP-AMI-002', id))).toEqual(['pass', 'pass', 'fail', 'pass']);
    expect(ids.map((id) => status('CP-AMI-003', id))).toEqual(['pass', 'fail', 'pass', 'not_applicable']);
    // A key pending deletion whose only user is an image still protects a resource (CP-KMS-006), it is not unused (CP-KMS-007).
    expect([status('CP-KMS-006', keyArn(RETIRED_ID)), status('CP-KMS-007', keyArn(RETIRED_ID))]).toEqual(['fail', 'pass']);
  });

  it('leaves the encryption to the snapshot when a mapping does not state it', () => {
    const mapped = mapImage(scope, image(7, [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-7', VolumeSize: 8 } }]));
    expect(mapped.node.attributes).toMatchObject({ ebsMappings: [{ deviceName: '/dev/xvda', snapshotId: 'snap-7' }], kmsKeyIds: [] });
    expect(mapped.node.attributes).not.toHaveProperty('encrypted');
    expect(mapped.node.attributes).not.toHaveProperty('encryptionMode');
    expect(mapped.edges.map((e) => [e.kind, e.ref])).toEqual([['backed-by', 'snap-7']]);
  });

  it('a denied listing is a gap and leaves no image; a listing that fails part-way keeps the pages read', async () => {
    const denied = new CannedAws({
      ec2: {
        DescribeImages: () => {
          throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.');
        },
      },
    });
    const data = await collect(denied);
    expect(data.nodes).toEqual([]);
    expect(data.gaps).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        region: REGION,
        service: 'ami',
        operation: 'DescribeImages',
        code: 'UnauthorizedOperation',
      }),
    ]);

    const images = Array.from({ length: 1200 }, (_, i) => image(i));
    const partial = new CannedAws({
      ec2: {
        DescribeImages: (input: { NextToken?: string }) => {
          if (input.NextToken !== undefined) throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.');
          const page = pageOf(images, 1000, undefined);
          return { Images: page.items, NextToken: page.next };
        },
      },
    });
    const kept = await collect(partial);
    expect(kept.nodes).toHaveLength(1000);
    expect(kept.gaps.map((g) => [g.service, g.operation, g.code])).toEqual([['ami', 'DescribeImages', 'UnauthorizedOperation']]);
  });
});
