/**
 * RDS, per region: DB instances, DB clusters (Aurora and Multi-AZ), and the account's own
 * DB and cluster snapshots (manual and automated; shared and public snapshots of other
 * accounts are not listed by default). Public sharing is read from the `restore` attribute
 * of manual snapshots only: automated snapshots cannot be shared. The four listings are the
 * listing phase; the attribute calls of manual snapshots are the detail phase.
 */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshot,
  type DBSnapshot,
  type DBSnapshotAttribute,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { CommandClient, OutputOf, SdkCommand } from '../../collect/command.ts';
import { phasedCollector, type CollectContext, type Collector, type Listing, type Paged } from '../../collect/collector.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, rds } from './index.ts';
import { bool, date, list, listing, obj, str, type ResponseShape } from '../../collect/responses.ts';
import {
  clusterSnapshotId,
  dbSnapshotId,
  mapCluster,
  mapClusterSnapshot,
  mapDbSnapshot,
  mapInstance,
  needsRestoreAttribute,
  sharingFromRestore,
  sharingWithoutAttributes,
  type RdsScope,
  type SnapshotSharing,
} from './map.ts';

/* RDS `Describe*` calls return at most 100 records per page (PAGE_SIZES.records). */
/** Attribute calls in flight at once per region (RDS paces describe calls at 12/s after a burst). */
const ATTRIBUTE_CONCURRENCY = 4;

export const rdsCollector: Collector = phasedCollector({
  service: rds.name,
  scope: rds.scope,
  responses: {
    'rds:DescribeDBInstances': listing(
      'DBInstances',
      obj({ DBInstanceIdentifier: str, DBInstanceArn: str, StorageEncrypted: bool, KmsKeyId: str, InstanceCreateTime: date }, [
        'DBInstanceIdentifier',
      ]),
      { Marker: str },
    ),
    'rds:DescribeDBClusters': listing(
      'DBClusters',
      obj({ DBClusterIdentifier: str, DBClusterArn: str, StorageEncrypted: bool, KmsKeyId: str }, ['DBClusterIdentifier']),
      { Marker: str },
    ),
    'rds:DescribeDBSnapshots': listing(
      'DBSnapshots',
      obj({ DBSnapshotIdentifier: str, DBSnapshotArn: str, SnapshotType: str, Encrypted: bool, KmsKeyId: str }, ['DBSnapshotIdentifier']),
      { Marker: str },
    ),
    'rds:DescribeDBClusterSnapshots': listing(
      'DBClusterSnapshots',
      obj({ DBClusterSnapshotIdentifier: str, DBClusterSnapshotArn: str, SnapshotType: str, StorageEncrypted: bool, KmsKeyId: str }, [
        'DBClusterSnapshotIdentifier',
      ]),
      { Marker: str },
    ),
    'rds:DescribeDBSnapshotAttributes': attributesResult('DBSnapshotAttributesResult', 'DBSnapshotAttributes'),
    'rds:DescribeDBClusterSnapshotAttributes': attributesResult('DBClusterSnapshotAttributesResult', 'DBClusterSnapshotAttributes'),
  },
  list: listRds,
});

function attributesResult(result: string, field: string): ResponseShape {
  return obj({ [result]: obj({ [field]: list(obj({ AttributeName: str, AttributeValues: list(str) })) }, [field]) }, [result]);
}

/** RDS listings page with `Marker`, at most 100 records a page. */
function rdsPages<C extends SdkCommand, S>(
  command: (input: { MaxRecords: number; Marker?: string }) => C,
  items: (page: OutputOf<C>) => readonly S[] | undefined,
) {
  return {
    command: (token: string | undefined) => command({ MaxRecords: PAGE_SIZES.records, ...(token === undefined ? {} : { Marker: token }) }),
    next: (page: { Marker?: string | undefined }) => page.Marker,
    items,
  };
}

async function listRds(ctx: CollectContext): Promise<Listing> {
  const scope: RdsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const [instances, clusters, dbSnapshots, clusterSnapshots] = await Promise.all([
    collectInstances(ctx, scope),
    collectClusters(ctx, scope),
    listSnapshotKind(ctx, dbSnapshotKind(ctx, scope)),
    listSnapshotKind(ctx, clusterSnapshotKind(ctx, scope)),
  ]);
  return {
    census: {
      service: 'rds',
      instances,
      clusters,
      dbSnapshots: dbSnapshots.listed,
      clusterSnapshots: clusterSnapshots.listed,
      manualDbSnapshots: dbSnapshots.manual,
      manualClusterSnapshots: clusterSnapshots.manual,
    },
    details: async () => {
      await Promise.all([dbSnapshots.details(), clusterSnapshots.details()]);
    },
  };
}

/** Maps every instance (no further call); returns how many were listed. */
async function collectInstances(ctx: CollectContext, scope: RdsScope): Promise<number> {
  const instances = await ctx.paginate(
    ctx.client(RDSClient),
    rdsPages(
      (input) => new DescribeDBInstancesCommand(input),
      (p) => p.DBInstances,
    ),
  );
  for (const instance of instances.value) ctx.add(mapInstance(scope, instance));
  return instances.value.length;
}

async function collectClusters(ctx: CollectContext, scope: RdsScope): Promise<number> {
  const clusters = await ctx.paginate(
    ctx.client(RDSClient),
    rdsPages(
      (input) => new DescribeDBClustersCommand(input),
      (p) => p.DBClusters,
    ),
  );
  for (const cluster of clusters.value) ctx.add(mapCluster(scope, cluster));
  return clusters.value.length;
}

/**
 * How to list one kind of snapshot (DB or cluster), read a manual one's `restore`
 * attribute (`L` and `A`: the listing's and the attribute call's commands), and map it.
 */
interface SnapshotKind<S extends { SnapshotType?: string | undefined }, L extends SdkCommand, A extends SdkCommand> {
  client: CommandClient<L> & CommandClient<A>;
  pages: Paged<L, S>;
  attributes: (snapshot: S) => A;
  restore: (answer: OutputOf<A>) => DBSnapshotAttribute[] | undefined;
  nodeId: (snapshot: S) => string;
  map: (snapshot: S, sharing: SnapshotSharing) => Mapped;
}

/** Lists one kind of snapshot; the details read the `restore` attribute of the manual ones and map them all. */
async function listSnapshotKind<S extends { SnapshotType?: string | undefined }, L extends SdkCommand, A extends SdkCommand>(
  ctx: CollectContext,
  kind: SnapshotKind<S, L, A>,
): Promise<{ listed: number; manual: number; details: () => Promise<void> }> {
  // A listing that failed part-way keeps the snapshots of the pages it read.
  const snapshots = (await ctx.paginate(kind.client, kind.pages)).value;
  return {
    listed: snapshots.length,
    manual: snapshots.filter((s) => needsRestoreAttribute(s.SnapshotType)).length,
    details: () => readSnapshotKind(ctx, kind, snapshots),
  };
}

async function readSnapshotKind<S extends { SnapshotType?: string | undefined }, L extends SdkCommand, A extends SdkCommand>(
  ctx: CollectContext,
  kind: SnapshotKind<S, L, A>,
  snapshots: readonly S[],
): Promise<void> {
  await mapConcurrent(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => {
    let sharing = sharingWithoutAttributes(snapshot.SnapshotType);
    if (needsRestoreAttribute(snapshot.SnapshotType)) {
      const attributes = await ctx.send(kind.client, kind.attributes(snapshot), { resource: kind.nodeId(snapshot) });
      // A failed call leaves the sharing unknown (the gap names the snapshot).
      sharing = attributes.ok
        ? sharingFromRestore(kind.restore(attributes.value)?.find((a) => a.AttributeName === 'restore')?.AttributeValues)
        : {};
    }
    ctx.add(kind.map(snapshot, sharing));
  });
}

function dbSnapshotKind(
  ctx: CollectContext,
  scope: RdsScope,
): SnapshotKind<DBSnapshot, DescribeDBSnapshotsCommand, DescribeDBSnapshotAttributesCommand> {
  return {
    client: ctx.client(RDSClient),
    pages: rdsPages(
      (input) => new DescribeDBSnapshotsCommand(input),
      (p) => p.DBSnapshots,
    ),
    attributes: (snapshot) => new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.DBSnapshotIdentifier ?? '' }),
    restore: (answer) => answer.DBSnapshotAttributesResult?.DBSnapshotAttributes,
    nodeId: (snapshot) => dbSnapshotId(scope, snapshot),
    map: (snapshot, sharing) => mapDbSnapshot(scope, snapshot, sharing),
  };
}

function clusterSnapshotKind(
  ctx: CollectContext,
  scope: RdsScope,
): SnapshotKind<DBClusterSnapshot, DescribeDBClusterSnapshotsCommand, DescribeDBClusterSnapshotAttributesCommand> {
  return {
    client: ctx.client(RDSClient),
    pages: rdsPages(
      (input) => new DescribeDBClusterSnapshotsCommand(input),
      (p) => p.DBClusterSnapshots,
    ),
    attributes: (snapshot) =>
      new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.DBClusterSnapshotIdentifier ?? '' }),
    restore: (answer) => answer.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
    nodeId: (snapshot) => clusterSnapshotId(scope, snapshot),
    map: (snapshot, sharing) => mapClusterSnapshot(scope, snapshot, sharing),
  };
}
