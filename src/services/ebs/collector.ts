/**
 * EBS, per region: the encryption-by-default settings (always a node, even when a call
 * fails), every volume, and the account's own snapshots. Public snapshots are found
 * without one attribute call per snapshot: one paged `DescribeSnapshots` with
 * `RestorableByUserIds=all` lists the candidates (in AWS, exactly the public ones), and
 * only those are confirmed with `DescribeSnapshotAttribute`. Emulators that ignore the
 * filter return every snapshot as a candidate; the confirmation keeps the verdict right.
 * The listing phase is everything but the confirmations, which are the detail phase.
 */
import {
  DescribeSnapshotAttributeCommand,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type Snapshot,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { arns } from '../../graph/arn.ts';
import { phasedCollector, type CollectContext, type Collector, type ListResult, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, ebs } from './index.ts';
import { bool, date, list, listing, obj, str } from '../../collect/responses.ts';
import { mapEbsDefaults, mapSnapshot, mapVolume, sharingFromPermissions, type EbsScope, type SnapshotSharing } from './map.ts';

/* `DescribeVolumes` returns at most 500 volumes per page, `DescribeSnapshots` 1,000 (PAGE_SIZES). */
/** Attribute calls in flight at once per region (EC2 paces them at 20/s after a burst of 100). */
const ATTRIBUTE_CONCURRENCY = 8;

export const ebsCollector: Collector = phasedCollector({
  service: ebs.name,
  scope: ebs.scope,
  responses: {
    'ec2:GetEbsEncryptionByDefault': obj({ EbsEncryptionByDefault: bool }, ['EbsEncryptionByDefault']),
    'ec2:GetEbsDefaultKmsKeyId': obj({ KmsKeyId: str }),
    'ec2:GetSnapshotBlockPublicAccessState': obj({ State: str }, ['State']),
    'ec2:DescribeVolumes': listing('Volumes', obj({ VolumeId: str, Encrypted: bool, KmsKeyId: str, CreateTime: date }, ['VolumeId']), {
      NextToken: str,
    }),
    'ec2:DescribeSnapshots': listing(
      'Snapshots',
      obj({ SnapshotId: str, VolumeId: str, Encrypted: bool, KmsKeyId: str, StartTime: date }, ['SnapshotId']),
      { NextToken: str },
    ),
    'ec2:DescribeSnapshotAttribute': obj({ SnapshotId: str, CreateVolumePermissions: list(obj({ Group: str, UserId: str })) }),
  },
  list: listEbs,
});

async function listEbs(ctx: CollectContext): Promise<Listing> {
  const scope: EbsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const [, volumes, snapshots] = await Promise.all([collectDefaults(ctx, scope), collectVolumes(ctx, scope), listSnapshots(ctx)]);
  return {
    census: {
      service: 'ebs',
      volumes,
      snapshots: snapshots.owned.value.length,
      publicCandidates: snapshots.candidates.length,
    },
    details: () => confirmSnapshots(ctx, scope, snapshots),
  };
}

async function collectDefaults(ctx: CollectContext, scope: EbsScope): Promise<void> {
  const ec2 = ctx.client(EC2Client);
  // A failure hides the settings only, never the volumes and snapshots: its gap names the defaults node.
  const resource = { resource: arns.ebsDefaults(scope.partition, scope.region, scope.account) };
  const [byDefault, defaultKey, blockPublic] = await Promise.all([
    ctx.send(ec2, new GetEbsEncryptionByDefaultCommand({}), resource),
    ctx.send(ec2, new GetEbsDefaultKmsKeyIdCommand({}), resource),
    ctx.send(ec2, new GetSnapshotBlockPublicAccessStateCommand({}), resource),
  ]);
  ctx.add(
    mapEbsDefaults(scope, {
      ...(byDefault.ok && byDefault.value.EbsEncryptionByDefault !== undefined
        ? { encryptionByDefault: byDefault.value.EbsEncryptionByDefault }
        : {}),
      ...(defaultKey.ok && defaultKey.value.KmsKeyId ? { defaultKmsKeyId: defaultKey.value.KmsKeyId } : {}),
      ...(blockPublic.ok && blockPublic.value.State ? { snapshotBlockPublicAccess: blockPublic.value.State } : {}),
    }),
  );
}

/** Maps every volume (they need no further call); returns how many were listed. */
async function collectVolumes(ctx: CollectContext, scope: EbsScope): Promise<number> {
  const client = ctx.client(EC2Client);
  const volumes = await ctx.paginate(client, {
    command: (token) => new DescribeVolumesCommand({ MaxResults: PAGE_SIZES.volumes, NextToken: token }),
    next: (p) => p.NextToken,
    items: (p) => p.Volumes,
  });
  // A listing that failed part-way keeps the volumes of the pages it read.
  for (const volume of volumes.value) ctx.add(mapVolume(scope, volume));
  return volumes.value.length;
}

interface ListedSnapshots {
  owned: ListResult<Snapshot>;
  /** The candidate listing answered: a snapshot that is not a candidate is not public. */
  candidatesComplete: boolean;
  candidates: Snapshot[];
}

/** The account's own snapshots, and the candidates for public ones. */
async function listSnapshots(ctx: CollectContext): Promise<ListedSnapshots> {
  const client = ctx.client(EC2Client);
  const pages = (input: { OwnerIds: string[]; RestorableByUserIds?: string[] }) => ({
    command: (token: string | undefined) => new DescribeSnapshotsCommand({ ...input, MaxResults: PAGE_SIZES.snapshots, NextToken: token }),
    next: (p: { NextToken?: string | undefined }) => p.NextToken,
    items: (p: { Snapshots?: Snapshot[] | undefined }) => p.Snapshots,
  });
  const [owned, candidates] = await Promise.all([
    // Never other accounts' public snapshots: only the account's own.
    ctx.paginate(client, pages({ OwnerIds: ['self'] })),
    // Its failure is recorded below, with what it leaves unknown.
    ctx.paginate(client, pages({ OwnerIds: ['self'], RestorableByUserIds: ['all'] }), { expected: () => true }),
  ]);
  if (!candidates.ok) {
    ctx.recordGap(candidates.operation, {
      ...candidates.error,
      message: `public snapshot candidates (RestorableByUserIds=all) could not be listed, so whether each snapshot is public is unknown: ${candidates.error.message}`,
    });
  }
  // Candidates of a listing that failed part-way are still the account's own, and still to be confirmed.
  return { owned, candidatesComplete: candidates.ok, candidates: uniqueSnapshots(candidates.value) };
}

/** The detail phase: confirm each candidate, then map every snapshot. */
async function confirmSnapshots(ctx: CollectContext, scope: EbsScope, listed: ListedSnapshots): Promise<void> {
  const client = ctx.client(EC2Client);
  const { owned, candidatesComplete, candidates: candidateList } = listed;
  // Confirm each candidate; a failed confirmation leaves that snapshot's verdict unknown.
  const confirmed = new Map<string, SnapshotSharing>();
  await mapConcurrent(candidateList, ATTRIBUTE_CONCURRENCY, async (snapshot) => {
    const snapshotId = snapshot.SnapshotId ?? '';
    const attribute = await ctx.send(
      client,
      new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission' }),
      {
        resource: arns.ebsSnapshot(scope.partition, scope.region, snapshotId),
      },
    );
    confirmed.set(snapshotId, attribute.ok ? sharingFromPermissions(attribute.value.CreateVolumePermissions) : {});
  });

  // The candidates are the account's own snapshots too: keep them even when the full listing failed.
  const snapshots = uniqueSnapshots([...owned.value, ...candidateList]);
  for (const snapshot of snapshots) {
    const snapshotId = snapshot.SnapshotId ?? '';
    // Not a candidate: not public, when the candidate listing is known to be complete.
    const sharing: SnapshotSharing = confirmed.get(snapshotId) ?? (candidatesComplete ? { public: false } : {});
    ctx.add(mapSnapshot(scope, snapshot, sharing));
  }
}

function uniqueSnapshots(snapshots: readonly Snapshot[]): Snapshot[] {
  const byId = new Map<string, Snapshot>();
  for (const s of snapshots) if (s.SnapshotId && !byId.has(s.SnapshotId)) byId.set(s.SnapshotId, s);
  return [...byId.values()];
}
