/**
 * RDS, per region: DB instances, DB clusters (Aurora and Multi-AZ), and the account's own
 * DB and cluster snapshots (manual and automated; shared and public snapshots of other
 * accounts are not listed by default). Public sharing is read from the `restore` attribute
 * of manual snapshots only: automated snapshots cannot be shared. The four listings are the
 * listing phase; the attribute calls of manual snapshots are the detail phase.
 */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  type DBClusterSnapshot,
  type DBSnapshot,
  type DBSnapshotAttribute,
} from '@aws-sdk/client-rds';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../collector.ts';
import { addMapped, type Mapped } from '../mapped.ts';
import { allPages, mapConcurrent } from '../paging.ts';
import { PAGE_SIZE } from '../plan.ts';
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

/* RDS `Describe*` calls return at most 100 records per page (PAGE_SIZE.rds). */
/** Attribute calls in flight at once per region (RDS paces describe calls at 12/s after a burst). */
const ATTRIBUTE_CONCURRENCY = 4;

export const rdsCollector: Collector = phasedCollector({
  service: 'rds',
  scope: 'regional',
  actions: [
    'rds:DescribeDBInstances',
    'rds:DescribeDBClusters',
    'rds:DescribeDBSnapshots',
    'rds:DescribeDBClusterSnapshots',
    'rds:DescribeDBSnapshotAttributes',
    'rds:DescribeDBClusterSnapshotAttributes',
  ],
  list: listRds,
});

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
  const client = ctx.client('rds');
  const instances = await ctx.call('DescribeDBInstances', () =>
    allPages(paginateDescribeDBInstances({ client, pageSize: PAGE_SIZE.rds }, {}), (p) => p.DBInstances),
  );
  if (!instances.ok) return 0;
  for (const instance of instances.value) addMapped(ctx, mapInstance(scope, instance));
  return instances.value.length;
}

async function collectClusters(ctx: CollectContext, scope: RdsScope): Promise<number> {
  const client = ctx.client('rds');
  const clusters = await ctx.call('DescribeDBClusters', () =>
    allPages(paginateDescribeDBClusters({ client, pageSize: PAGE_SIZE.rds }, {}), (p) => p.DBClusters),
  );
  if (!clusters.ok) return 0;
  for (const cluster of clusters.value) addMapped(ctx, mapCluster(scope, cluster));
  return clusters.value.length;
}

/** How to list one kind of snapshot (DB or cluster), read a manual one's `restore` attribute, and map it. */
interface SnapshotKind<S extends { SnapshotType?: string | undefined }> {
  listOperation: string;
  list: () => Promise<S[]>;
  attributeOperation: string;
  readAttributes: (snapshot: S) => Promise<DBSnapshotAttribute[] | undefined>;
  nodeId: (snapshot: S) => string;
  map: (snapshot: S, sharing: SnapshotSharing) => Mapped;
}

/** Lists one kind of snapshot; the details read the `restore` attribute of the manual ones and map them all. */
async function listSnapshotKind<S extends { SnapshotType?: string | undefined }>(
  ctx: CollectContext,
  kind: SnapshotKind<S>,
): Promise<{ listed: number; manual: number; details: () => Promise<void> }> {
  const listed = await ctx.call(kind.listOperation, kind.list);
  const snapshots = listed.ok ? listed.value : [];
  return {
    listed: snapshots.length,
    manual: snapshots.filter((s) => needsRestoreAttribute(s.SnapshotType)).length,
    details: () => readSnapshotKind(ctx, kind, snapshots),
  };
}

async function readSnapshotKind<S extends { SnapshotType?: string | undefined }>(
  ctx: CollectContext,
  kind: SnapshotKind<S>,
  snapshots: readonly S[],
): Promise<void> {
  await mapConcurrent(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => {
    let sharing = sharingWithoutAttributes(snapshot.SnapshotType);
    if (needsRestoreAttribute(snapshot.SnapshotType)) {
      const attributes = await ctx.call(kind.attributeOperation, () => kind.readAttributes(snapshot), { resource: kind.nodeId(snapshot) });
      // A failed call leaves the sharing unknown (the gap names the snapshot).
      sharing = attributes.ok ? sharingFromRestore(attributes.value?.find((a) => a.AttributeName === 'restore')?.AttributeValues) : {};
    }
    addMapped(ctx, kind.map(snapshot, sharing));
  });
}

function dbSnapshotKind(ctx: CollectContext, scope: RdsScope): SnapshotKind<DBSnapshot> {
  const client = ctx.client('rds');
  return {
    listOperation: 'DescribeDBSnapshots',
    list: () => allPages(paginateDescribeDBSnapshots({ client, pageSize: PAGE_SIZE.rds }, {}), (p) => p.DBSnapshots),
    attributeOperation: 'DescribeDBSnapshotAttributes',
    readAttributes: async (snapshot) =>
      (
        await client.send(
          new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.DBSnapshotIdentifier ?? '' }),
          ctx.sendOptions,
        )
      ).DBSnapshotAttributesResult?.DBSnapshotAttributes,
    nodeId: (snapshot) => dbSnapshotId(scope, snapshot),
    map: (snapshot, sharing) => mapDbSnapshot(scope, snapshot, sharing),
  };
}

function clusterSnapshotKind(ctx: CollectContext, scope: RdsScope): SnapshotKind<DBClusterSnapshot> {
  const client = ctx.client('rds');
  return {
    listOperation: 'DescribeDBClusterSnapshots',
    list: () => allPages(paginateDescribeDBClusterSnapshots({ client, pageSize: PAGE_SIZE.rds }, {}), (p) => p.DBClusterSnapshots),
    attributeOperation: 'DescribeDBClusterSnapshotAttributes',
    readAttributes: async (snapshot) =>
      (
        await client.send(
          new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.DBClusterSnapshotIdentifier ?? '' }),
          ctx.sendOptions,
        )
      ).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
    nodeId: (snapshot) => clusterSnapshotId(scope, snapshot),
    map: (snapshot, sharing) => mapClusterSnapshot(scope, snapshot, sharing),
  };
}
