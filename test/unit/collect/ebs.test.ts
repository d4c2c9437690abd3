/**
 * The EBS collector against canned AWS answers, for what the emulator does not model:
 * `GetEbsDefaultKmsKeyId` and snapshot block public access (moto lacks both), and the
 * `OwnerIds` / `RestorableByUserIds` parameters of `DescribeSnapshots` (moto ignores them),
 * which is what keeps the public-snapshot check at one attribute call per public snapshot.
 */
import type { Snapshot } from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCounter, collectAll } from '../../../src/collect/index.ts';
import { ebsCollector } from '../../../src/services/ebs/collector.ts';
import { mapSnapshot, mapVolume, sharingFromPermissions } from '../../../src/services/ebs/map.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { Ec2EbsDefaultsAttributes, Ec2SnapshotAttributes } from '../../../src/services/ebs/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { CannedAws, awsError, nonAwsAnswer, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const STRANGER = '999988887777';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const snapshotArn = (id: string) => `arn:aws:ec2:${REGION}::snapshot/${id}`;

interface FakeSnapshot extends Snapshot {
  /** Who may create volumes from it, as AWS keeps it: group `all` and account ids. */
  permissions: { Group?: 'all'; UserId?: string }[];
}

/**
 * DescribeSnapshots as AWS answers it: `OwnerIds` restricts to owners (`self` = the caller),
 * `RestorableByUserIds=all` to public snapshots, pages of `MaxResults`. Without `OwnerIds`,
 * AWS also returns other accounts' public snapshots: the collector must never ask that way.
 */
function awsSnapshots(all: FakeSnapshot[]): CannedAnswers['ec2'] {
  const byId = new Map(all.map((s) => [s.SnapshotId!, s]));
  return {
    DescribeSnapshots: (input: { OwnerIds?: string[]; RestorableByUserIds?: string[]; MaxResults?: number; NextToken?: string }) => {
      const owners = input.OwnerIds?.map((o) => (o === 'self' ? ACCOUNT : o));
      let visible = all.filter((s) => s.OwnerId === ACCOUNT || s.permissions.some((p) => p.Group === 'all'));
      if (owners) visible = visible.filter((s) => owners.includes(s.OwnerId!));
      if (input.RestorableByUserIds?.includes('all')) visible = visible.filter((s) => s.permissions.some((p) => p.Group === 'all'));
      const page = pageOf(visible, Math.min(input.MaxResults ?? 1000, 1000), input.NextToken);
      return { Snapshots: page.items.map(({ permissions: _p, ...s }) => s), NextToken: page.next };
    },
    DescribeSnapshotAttribute: (input: { SnapshotId: string }) => ({
      SnapshotId: input.SnapshotId,
      CreateVolumePermissions: byId.get(input.SnapshotId)?.permissions ?? [],
    }),
  };
}

function snapshot(id: string, owner = ACCOUNT, permissions: FakeSnapshot['permissions'] = []): FakeSnapshot {
  return {
    SnapshotId: id,
    OwnerId: owner,
    VolumeId: 'vol-0a',
    VolumeSize: 8,
    State: 'completed',
    Encrypted: false,
    StartTime: new Date('2024-05-01T00:00:00Z'),
    permissions,
  };
}

const settings: CannedAnswers['ec2'] = {
  GetEbsEncryptionByDefault: () => ({ EbsEncryptionByDefault: true }),
  GetEbsDefaultKmsKeyId: () => ({ KmsKeyId: 'alias/aws/ebs' }),
  GetSnapshotBlockPublicAccessState: () => ({ State: 'unblocked' }),
  DescribeVolumes: () => ({ Volumes: [] }),
};

async function collect(aws: CannedAws, regions = [REGION]) {
  const counter = new CallCounter();
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions,
    services: ['ebs'],
    partition: 'aws',
    clients: aws.clients(counter),
    collectors: { ebs: ebsCollector },
  });
  return { graph: buildGraph(outcome.data), counter };
}

afterEach(() => vi.unstubAllEnvs());

describe('EBS public snapshots (canned AWS answers)', () => {
  it('confirms only the candidates that RestorableByUserIds=all returns: 2 public among 1,500 snapshots over 2 pages', async () => {
    const owned = Array.from({ length: 1500 }, (_, i) => snapshot(`snap-${String(i).padStart(5, '0')}`));
    owned[17]!.permissions = [{ Group: 'all' }];
    owned[1203]!.permissions = [{ Group: 'all' }, { UserId: '444455556666' }];
    owned[40]!.permissions = [{ UserId: '444455556666' }]; // shared with one account, not public
    const strangers = [snapshot('snap-stranger', STRANGER, [{ Group: 'all' }])];
    const aws = new CannedAws({
      sts: { GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }) },
      ec2: { ...settings, ...awsSnapshots([...owned, ...strangers]) },
    });
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');

    const { snapshot: snap, graph } = await takeSnapshot({
      regions: [REGION],
      services: ['ebs'],
      customizeClients: aws.customize,
      pacing: false,
    });

    // The call counts of the snapshot: two pages of the account's snapshots, one page of
    // candidates, and one attribute call per public snapshot.
    const attempts = (operation: string) => snap.scan.apiCalls.find((c) => c.service === 'ec2' && c.operation === operation)?.attempts;
    expect(attempts('DescribeSnapshots')).toBe(3);
    expect(attempts('DescribeSnapshotAttribute')).toBe(2);
    expect(
      aws
        .callsOf('DescribeSnapshotAttribute')
        .map((c) => c.input['SnapshotId'])
        .sort(),
    ).toEqual(['snap-00017', 'snap-01203']);
    expect(aws.callsOf('DescribeSnapshotAttribute')[0]!.input['Attribute']).toBe('createVolumePermission');
    // Every listing asked for the account's own snapshots, at the maximum page size.
    for (const call of aws.callsOf('DescribeSnapshots')) {
      expect(call.input).toMatchObject({ OwnerIds: ['self'], MaxResults: 1000 });
    }
    expect(aws.callsOf('DescribeSnapshots').filter((c) => c.input['RestorableByUserIds'] !== undefined)).toHaveLength(1);

    const snapshots = graph.nodesOfType('ec2.snapshot');
    expect(snapshots).toHaveLength(1500);
    expect(graph.node(snapshotArn('snap-stranger'))).toBeUndefined();
    const a = (id: string) => graph.node(snapshotArn(id))!.attributes as Ec2SnapshotAttributes;
    expect(a('snap-00017')).toMatchObject({ public: true, sharedWithAccounts: [] });
    expect(a('snap-01203')).toMatchObject({ public: true, sharedWithAccounts: ['444455556666'] });
    // Not a candidate: not public; its other shares were not read.
    expect(a('snap-00040').public).toBe(false);
    expect(a('snap-00040').sharedWithAccounts).toBeUndefined();
    expect(snapshots.filter((s) => s.attributes.public === true).map((s) => s.attributes.snapshotId)).toEqual(['snap-00017', 'snap-01203']);
    expect(snap.gaps).toEqual([]);
  });

  it('leaves every verdict unknown when the candidate listing fails, and says why', async () => {
    const list = awsSnapshots([snapshot('snap-1'), snapshot('snap-2', ACCOUNT, [{ Group: 'all' }])])!;
    const aws = new CannedAws({
      ec2: {
        ...settings,
        ...list,
        DescribeSnapshots: (input: { RestorableByUserIds?: string[] }, call) => {
          if (input.RestorableByUserIds) throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.');
          return list['DescribeSnapshots']!(input, call);
        },
      },
    });
    const { graph } = await collect(aws);
    expect(graph.nodesOfType('ec2.snapshot').map((s) => s.attributes.public)).toEqual([undefined, undefined]);
    expect(aws.callsOf('DescribeSnapshotAttribute')).toEqual([]);
    expect(graph.gaps).toHaveLength(1);
    expect(graph.gaps[0]).toMatchObject({ service: 'ebs', operation: 'DescribeSnapshots', code: 'UnauthorizedOperation' });
    expect(graph.gaps[0]!.message).toContain('RestorableByUserIds=all');
  });

  it('keeps the public candidates when the full listing fails, and an unknown verdict for a failed confirmation', async () => {
    const list = awsSnapshots([
      snapshot('snap-private'),
      snapshot('snap-public', ACCOUNT, [{ Group: 'all' }]),
      snapshot('snap-hidden', ACCOUNT, [{ Group: 'all' }]),
    ])!;
    const aws = new CannedAws({
      ec2: {
        ...settings,
        DescribeSnapshots: (input: { RestorableByUserIds?: string[] }, call) => {
          if (!input.RestorableByUserIds) throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.');
          return list['DescribeSnapshots']!(input, call);
        },
        DescribeSnapshotAttribute: (input: { SnapshotId: string }, call) => {
          // Deleted between the listing and the attribute call.
          if (input.SnapshotId === 'snap-hidden')
            throw awsError('InvalidSnapshot.NotFound', `The snapshot '${input.SnapshotId}' does not exist.`, 400);
          return list['DescribeSnapshotAttribute']!(input, call);
        },
      },
    });
    const { graph } = await collect(aws);
    expect(graph.nodesOfType('ec2.snapshot').map((s) => [s.attributes.snapshotId, s.attributes.public])).toEqual([
      ['snap-hidden', undefined],
      ['snap-public', true],
    ]);
    expect(graph.gaps.map((g) => [g.operation, g.code, g.resource])).toEqual([
      ['DescribeSnapshotAttribute', 'InvalidSnapshot.NotFound', snapshotArn('snap-hidden')],
      ['DescribeSnapshots', 'UnauthorizedOperation', undefined],
    ]);
  });
});

describe('EBS defaults (canned AWS answers)', () => {
  it('reads the default key (GetEbsDefaultKmsKeyId) and block public access, per region', async () => {
    const customKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const aws = new CannedAws({
      ec2: {
        ...settings,
        DescribeSnapshots: () => ({ Snapshots: [] }),
        GetEbsEncryptionByDefault: (_input, call) => ({ EbsEncryptionByDefault: call.region === REGION }),
        GetEbsDefaultKmsKeyId: (_input, call) => ({ KmsKeyId: call.region === REGION ? 'alias/aws/ebs' : customKey }),
        GetSnapshotBlockPublicAccessState: (_input, call) => ({ State: call.region === REGION ? 'block-all-sharing' : 'unblocked' }),
      },
    });
    const { graph } = await collect(aws, [REGION, 'us-east-1']);
    const eu = graph.node(`arn:aws:ec2:${REGION}:${ACCOUNT}:ebs-encryption-by-default`)!;
    expect(eu.attributes as Ec2EbsDefaultsAttributes).toEqual({
      encryptionByDefault: true,
      encryptionMode: 'kms',
      defaultKmsKeyId: 'alias/aws/ebs',
      snapshotBlockPublicAccess: 'block-all-sharing',
      // The AWS managed key of EBS, known from its alias even though KMS was not scanned.
      encryptionLevel: 'aws-managed-kms',
    });
    const euKey = graph.targets(eu.id, 'default-key');
    expect(euKey.map((k) => k.id)).toEqual([`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/ebs`]);
    expect((euKey[0]!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    const us = graph.node(`arn:aws:ec2:us-east-1:${ACCOUNT}:ebs-encryption-by-default`)!;
    expect(us.attributes).toMatchObject({
      encryptionByDefault: false,
      encryptionMode: 'none',
      encryptionLevel: 'none',
      defaultKmsKeyId: customKey,
    });
    expect(graph.targets(us.id, 'default-key').map((k) => k.id)).toEqual([customKey]);
    expect(graph.gaps).toEqual([]);
  });

  it('always creates the defaults node, with the attributes whose call failed absent', async () => {
    const aws = new CannedAws({
      ec2: {
        ...settings,
        DescribeSnapshots: () => ({ Snapshots: [] }),
        GetEbsEncryptionByDefault: () => {
          throw awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.');
        },
        GetEbsDefaultKmsKeyId: () => {
          throw nonAwsAnswer();
        },
      },
    });
    const { graph } = await collect(aws);
    const defaults = graph.nodesOfType('ec2.ebs-defaults');
    expect(defaults).toHaveLength(1);
    expect(defaults[0]!.attributes).toEqual({ snapshotBlockPublicAccess: 'unblocked' });
    expect(graph.outgoing(defaults[0]!.id)).toEqual([]);
    // The gaps hide the settings only: they name the defaults node, so that rules on the
    // region's volumes and snapshots are not left unknown by them.
    expect(graph.gaps.map((g) => [g.operation, g.code, g.resource])).toEqual([
      ['GetEbsDefaultKmsKeyId', 'NonAwsResponse', defaults[0]!.id],
      ['GetEbsEncryptionByDefault', 'UnauthorizedOperation', defaults[0]!.id],
    ]);
  });
});

describe('EBS mapping', () => {
  it('maps a volume: encryption, key edge, attachments, and null for "not created from a snapshot"', () => {
    const { node, edges } = mapVolume(scope, {
      VolumeId: 'vol-1',
      Encrypted: true,
      KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k1',
      State: 'in-use',
      Size: 100,
      VolumeType: 'gp3',
      AvailabilityZone: 'eu-west-1b',
      SnapshotId: '',
      Attachments: [{ InstanceId: 'i-2' }, { InstanceId: 'i-1' }],
      CreateTime: new Date('2024-01-02T03:04:05Z'),
      Tags: [{ Key: 'Name', Value: 'db-data' }],
    });
    expect(node).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`, name: 'db-data', tags: { Name: 'db-data' } });
    expect(node.attributes).toEqual({
      volumeId: 'vol-1',
      encryptionMode: 'kms',
      encrypted: true,
      kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k1',
      state: 'in-use',
      sizeGiB: 100,
      volumeType: 'gp3',
      availabilityZone: 'eu-west-1b',
      snapshotId: null,
      attachedInstances: ['i-1', 'i-2'],
      createTime: '2024-01-02T03:04:05.000Z',
    });
    expect(edges).toMatchObject([{ kind: 'encrypted-by', ref: 'arn:aws:kms:eu-west-1:111122223333:key/k1', field: 'Volumes[].KmsKeyId' }]);
    expect(mapVolume(scope, { VolumeId: 'vol-2', Encrypted: false }).node.attributes).toMatchObject({ encryptionMode: 'none' });
    expect(mapVolume(scope, { VolumeId: 'vol-2', Encrypted: false }).edges).toEqual([]);
  });

  it('points a snapshot at its volume, except for the arbitrary volume id of a copied snapshot', () => {
    const taken = mapSnapshot(scope, { SnapshotId: 'snap-1', VolumeId: 'vol-1', Encrypted: true, KmsKeyId: 'alias/backups' }, {});
    expect(taken.edges.map((e) => [e.kind, e.ref])).toEqual([
      ['encrypted-by', 'alias/backups'],
      ['snapshot-of', 'vol-1'],
    ]);
    expect(taken.edges[1]!.target).toMatchObject({
      kind: 'resource',
      id: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`,
      type: 'ec2.volume',
    });
    const copied = mapSnapshot(scope, { SnapshotId: 'snap-2', VolumeId: 'vol-ffffffff', Encrypted: false }, { public: false });
    expect(copied.edges).toEqual([]);
    expect(copied.node.attributes).toMatchObject({ public: false, encryptionMode: 'none' });
    expect(copied.node.attributes).not.toHaveProperty('sharedWithAccounts');
  });

  it('reads createVolumePermission: group all is public, user ids are shares', () => {
    expect(sharingFromPermissions([{ UserId: '2' }, { Group: 'all' }, { UserId: '1' }, { UserId: '2' }])).toEqual({
      public: true,
      sharedWithAccounts: ['1', '2'],
    });
    expect(sharingFromPermissions(undefined)).toEqual({ public: false, sharedWithAccounts: [] });
  });
});
