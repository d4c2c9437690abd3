/**
 * RDS, per region: DB instances, DB clusters (Aurora and Multi-AZ), and the account's own
 * DB and cluster snapshots (manual and automated; shared and public snapshots of other
 * accounts are not listed by default). Public sharing is read from the `restore` attribute
 * of manual snapshots only: automated snapshots cannot be shared. The four listings and the
 * region's CA certificates are the listing phase; the detail phase reads the attribute of
 * manual snapshots and, once per parameter group in use, the group's TLS parameter (filtered
 * by name: one page), then maps the instances and clusters with what their group says.
 */
import {
  DescribeCertificatesCommand,
  DescribeDBClusterParametersCommand,
  DescribeDBParametersCommand,
  type Filter,
  type Parameter,
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
import { arns } from '../../graph/arn.ts';
import { iso, mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, rds } from './index.ts';
import { bool, date, list, listing, obj, str, type ResponseShape } from '../../collect/responses.ts';
import { tlsParameterOf } from './tls-defaults.ts';
import {
  clusterParameterGroup,
  clusterSnapshotId,
  dbSnapshotId,
  instanceParameterGroup,
  mapCluster,
  mapClusterSnapshot,
  mapDbSnapshot,
  mapInstance,
  needsRestoreAttribute,
  sharingFromRestore,
  sharingWithoutAttributes,
  type GroupTlsParameter,
  type RdsScope,
  type SnapshotSharing,
} from './map.ts';

/* RDS `Describe*` calls return at most 100 records per page (PAGE_SIZES.records). */
/** Attribute calls in flight at once per region (RDS paces describe calls at 12/s after a burst). */
const ATTRIBUTE_CONCURRENCY = 4;

/** DescribeDBParameters and DescribeDBClusterParameters answer alike. */
const parameters: ResponseShape = listing('Parameters', obj({ ParameterName: str, ParameterValue: str, Source: str }, ['ParameterName']), {
  Marker: str,
});

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
    'rds:DescribeCertificates': listing(
      'Certificates',
      obj({ CertificateIdentifier: str, CertificateType: str, ValidFrom: date, ValidTill: date }, ['CertificateIdentifier']),
      { Marker: str },
    ),
    'rds:DescribeDBParameters': parameters,
    'rds:DescribeDBClusterParameters': parameters,
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
  const rds = ctx.client(RDSClient);
  const [instances, clusters, cas, dbSnapshots, clusterSnapshots] = await Promise.all([
    ctx.paginate(
      rds,
      rdsPages(
        (input) => new DescribeDBInstancesCommand(input),
        (p) => p.DBInstances,
      ),
    ),
    ctx.paginate(
      rds,
      rdsPages(
        (input) => new DescribeDBClustersCommand(input),
        (p) => p.DBClusters,
      ),
    ),
    listCaCertificates(ctx),
    listSnapshotKind(ctx, dbSnapshotKind(ctx, scope)),
    listSnapshotKind(ctx, clusterSnapshotKind(ctx, scope)),
  ]);
  // A listing that failed part-way keeps the resources of the pages it read.
  const dbGroups = groupsInUse(instances.value.map((i) => [instanceParameterGroup(i), i.Engine]));
  const clusterGroups = groupsInUse(clusters.value.map((c) => [clusterParameterGroup(c), c.Engine]));
  return {
    census: {
      service: 'rds',
      instances: instances.value.length,
      clusters: clusters.value.length,
      dbSnapshots: dbSnapshots.listed,
      clusterSnapshots: clusterSnapshots.listed,
      manualDbSnapshots: dbSnapshots.manual,
      manualClusterSnapshots: clusterSnapshots.manual,
      caCertificates: cas.listed,
      dbParameterGroups: dbGroups.size,
      clusterParameterGroups: clusterGroups.size,
    },
    details: async () => {
      const [dbParameters, clusterParameters] = await Promise.all([
        readTlsParameters(ctx, dbGroups, 'pg', rds, (group, name) =>
          tlsParameterPages(
            name,
            (input) => new DescribeDBParametersCommand({ DBParameterGroupName: group, ...input }),
            (p) => p.Parameters,
          ),
        ),
        readTlsParameters(ctx, clusterGroups, 'cluster-pg', rds, (group, name) =>
          tlsParameterPages(
            name,
            (input) => new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: group, ...input }),
            (p) => p.Parameters,
          ),
        ),
        dbSnapshots.details(),
        clusterSnapshots.details(),
      ]);
      for (const i of instances.value)
        ctx.add(mapInstance(scope, i, tlsAnswer(dbParameters, instanceParameterGroup(i), i.Engine), cas.validTill));
      for (const c of clusters.value) ctx.add(mapCluster(scope, c, tlsAnswer(clusterParameters, clusterParameterGroup(c), c.Engine)));
    },
  };
}

/**
 * The parameter groups to read, each with the TLS parameter of its engine (a group belongs to
 * one engine family: the first database using it names the parameter).
 */
function groupsInUse(uses: readonly (readonly [string | undefined, string | undefined])[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const [group, engine] of uses) {
    const name = tlsParameterOf(engine)?.parameter;
    if (group !== undefined && name !== undefined && !groups.has(group)) groups.set(group, name);
  }
  return groups;
}

/**
 * The region's CA certificates: identifier -> when it expires (empty when the call failed).
 * The gap of a failure names the CA certificates (their ARNs have no account: `arn:aws:rds:<region>::cert:<id>`),
 * not the region's RDS data: the instances' own data was read, and only their CA's validity stays unknown.
 */
async function listCaCertificates(ctx: CollectContext): Promise<{ listed: number; validTill: Map<string, string> }> {
  const certificates = await ctx.paginate(
    ctx.client(RDSClient),
    rdsPages(
      (input) => new DescribeCertificatesCommand(input),
      (p) => p.Certificates,
    ),
    { resource: arns.rds(ctx.partition, ctx.region, '', 'cert', '*') },
  );
  const validTill = new Map<string, string>();
  for (const c of certificates.value) {
    const till = iso(c.ValidTill);
    if (c.CertificateIdentifier !== undefined && till !== undefined) validTill.set(c.CertificateIdentifier, till);
  }
  return { listed: certificates.value.length, validTill };
}

/** The TLS parameter of one group, by name: one page. */
function tlsParameterPages<C extends SdkCommand>(
  name: string,
  command: (input: { MaxRecords: number; Marker?: string; Filters: Filter[] }) => C,
  items: (page: OutputOf<C>) => readonly Parameter[] | undefined,
) {
  return rdsPages((input) => command({ ...input, Filters: [{ Name: 'parameter-name', Values: [name] }] }), items);
}

/**
 * Reads the TLS parameters of each group; a group whose call failed is missing from the
 * result, and its gap names the group (`arn:aws:rds:<region>:<account>:pg:<name>`, `cluster-pg:` for cluster groups).
 */
async function readTlsParameters<C extends SdkCommand>(
  ctx: CollectContext,
  groups: ReadonlyMap<string, string>,
  kind: 'pg' | 'cluster-pg',
  client: CommandClient<NoInfer<C>>,
  pages: (group: string, parameter: string) => Paged<C, Parameter>,
): Promise<Map<string, Parameter[]>> {
  const read = new Map<string, Parameter[]>();
  await mapConcurrent([...groups], ATTRIBUTE_CONCURRENCY, async ([group, parameter]) => {
    const resource = arns.rds(ctx.partition, ctx.region, ctx.account, kind, group);
    const result = await ctx.paginate(client, pages(group, parameter), { resource, expected: (e) => missingDefaultGroup(group, e.code) });
    if (result.ok) read.set(group, result.value);
    else if (missingDefaultGroup(group, result.error.code)) read.set(group, []);
  });
  return read;
}

/**
 * A `default.*` group holds the engine defaults and cannot be changed, and AWS always
 * describes it; an emulator (moto) answers `DBParameterGroupNotFound` for the default groups
 * it did not create. Such a group is read as setting nothing: the documented defaults apply.
 */
function missingDefaultGroup(group: string, code: string): boolean {
  return group.startsWith('default.') && code === 'DBParameterGroupNotFound';
}

/** What the group said about the engine's TLS parameter (see `GroupTlsParameter`). */
function tlsAnswer(read: ReadonlyMap<string, Parameter[]>, group: string | undefined, engine: string | undefined): GroupTlsParameter {
  const name = tlsParameterOf(engine)?.parameter;
  const parameters = group === undefined ? undefined : read.get(group);
  if (name === undefined || parameters === undefined) return undefined;
  const p = parameters.find((x) => x.ParameterName === name);
  return p === undefined ? null : { value: p.ParameterValue, source: p.Source };
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
