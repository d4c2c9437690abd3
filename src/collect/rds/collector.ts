/**
 * RDS, per region: DB instances, DB clusters (Aurora and Multi-AZ), and the account's own
 * DB and cluster snapshots (manual and automated; shared and public snapshots of other
 * accounts are not listed by default). Public sharing is read from the `restore` attribute
 * of manual snapshots only: automated snapshots cannot be shared.
 */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  type DBSnapshotAttribute,
} from '@aws-sdk/client-rds';
import type { CollectContext, Collector } from '../collector.ts';
import { addMapped, type Mapped } from '../mapped.ts';
import { allPages, mapConcurrent } from '../paging.ts';
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

/** RDS `Describe*` calls return at most 100 records per page. */
export const RDS_PAGE_SIZE = 100;
/** Attribute calls in flight at once per region (RDS paces describe calls at 12/s after a burst). */
const ATTRIBUTE_CONCURRENCY = 4;

export const rdsCollector: Collector = {
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
  collect: collectRds,
};

async function collectRds(ctx: CollectContext): Promise<void> {
  const scope: RdsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  await Promise.all([
    collectInstances(ctx, scope),
    collectClusters(ctx, scope),
    collectDbSnapshots(ctx, scope),
    collectClusterSnapshots(ctx, scope),
  ]);
}

async function collectInstances(ctx: CollectContext, scope: RdsScope): Promise<void> {
  const client = ctx.client('rds');
  const instances = await ctx.call('DescribeDBInstances', () =>
    allPages(paginateDescribeDBInstances({ client, pageSize: RDS_PAGE_SIZE }, {}), (p) => p.DBInstances),
  );
  if (instances.ok) for (const instance of instances.value) addMapped(ctx, mapInstance(scope, instance));
}

async function collectClusters(ctx: CollectContext, scope: RdsScope): Promise<void> {
  const client = ctx.client('rds');
  const clusters = await ctx.call('DescribeDBClusters', () =>
    allPages(paginateDescribeDBClusters({ client, pageSize: RDS_PAGE_SIZE }, {}), (p) => p.DBClusters),
  );
  if (clusters.ok) for (const cluster of clusters.value) addMapped(ctx, mapCluster(scope, cluster));
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

async function collectSnapshotKind<S extends { SnapshotType?: string | undefined }>(
  ctx: CollectContext,
  kind: SnapshotKind<S>,
): Promise<void> {
  const snapshots = await ctx.call(kind.listOperation, kind.list);
  if (!snapshots.ok) return;
  await mapConcurrent(snapshots.value, ATTRIBUTE_CONCURRENCY, async (snapshot) => {
    let sharing = sharingWithoutAttributes(snapshot.SnapshotType);
    if (needsRestoreAttribute(snapshot.SnapshotType)) {
      const attributes = await ctx.call(kind.attributeOperation, () => kind.readAttributes(snapshot), { resource: kind.nodeId(snapshot) });
      // A failed call leaves the sharing unknown (the gap names the snapshot).
      sharing = attributes.ok ? sharingFromRestore(attributes.value?.find((a) => a.AttributeName === 'restore')?.AttributeValues) : {};
    }
    addMapped(ctx, kind.map(snapshot, sharing));
  });
}

function collectDbSnapshots(ctx: CollectContext, scope: RdsScope): Promise<void> {
  const client = ctx.client('rds');
  return collectSnapshotKind(ctx, {
    listOperation: 'DescribeDBSnapshots',
    list: () => allPages(paginateDescribeDBSnapshots({ client, pageSize: RDS_PAGE_SIZE }, {}), (p) => p.DBSnapshots),
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
  });
}

function collectClusterSnapshots(ctx: CollectContext, scope: RdsScope): Promise<void> {
  const client = ctx.client('rds');
  return collectSnapshotKind(ctx, {
    listOperation: 'DescribeDBClusterSnapshots',
    list: () => allPages(paginateDescribeDBClusterSnapshots({ client, pageSize: RDS_PAGE_SIZE }, {}), (p) => p.DBClusterSnapshots),
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
  });
}
