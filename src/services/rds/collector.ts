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
} from '@aws-sdk/client-rds';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { addMapped, type Mapped } from '../../collect/mapped.ts';
import { mapConcurrent, type PageSpec } from '../../collect/paging.ts';
import { PAGE_SIZES } from './index.ts';
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
function rdsPages<P extends { Marker?: string | undefined }, I>(
  send: (input: { MaxRecords: number; Marker?: string }) => Promise<P>,
  items: (page: P) => readonly I[] | undefined,
): PageSpec<P, I> {
  return {
    page: (token) => send({ MaxRecords: PAGE_SIZES.records, ...(token === undefined ? {} : { Marker: token }) }),
    next: (p) => p.Marker,
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
  const client = ctx.client('rds');
  const instances = await ctx.list(
    'DescribeDBInstances',
    rdsPages(
      (input) => client.send(new DescribeDBInstancesCommand(input), ctx.sendOptions),
      (p) => p.DBInstances,
    ),
  );
  for (const instance of instances.value) addMapped(ctx, mapInstance(scope, instance));
  return instances.value.length;
}

async function collectClusters(ctx: CollectContext, scope: RdsScope): Promise<number> {
  const client = ctx.client('rds');
  const clusters = await ctx.list(
    'DescribeDBClusters',
    rdsPages(
      (input) => client.send(new DescribeDBClustersCommand(input), ctx.sendOptions),
      (p) => p.DBClusters,
    ),
  );
  for (const cluster of clusters.value) addMapped(ctx, mapCluster(scope, cluster));
  return clusters.value.length;
}

/** How to list one kind of snapshot (DB or cluster), read a manual one's `restore` attribute, and map it. */
interface SnapshotKind<S extends { SnapshotType?: string | undefined }> {
  listOperation: string;
  pages: PageSpec<unknown, S>;
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
  // A listing that failed part-way keeps the snapshots of the pages it read.
  const snapshots = (await ctx.list(kind.listOperation, kind.pages)).value;
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
    pages: rdsPages(
      (input) => client.send(new DescribeDBSnapshotsCommand(input), ctx.sendOptions),
      (p) => p.DBSnapshots,
    ) as PageSpec<unknown, DBSnapshot>,
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
    pages: rdsPages(
      (input) => client.send(new DescribeDBClusterSnapshotsCommand(input), ctx.sendOptions),
      (p) => p.DBClusterSnapshots,
    ) as PageSpec<unknown, DBClusterSnapshot>,
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
