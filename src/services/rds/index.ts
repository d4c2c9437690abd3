/**
 * Amazon RDS (and Aurora, DocumentDB and Neptune, which share its API), per region: DB
 * instances, DB clusters, their snapshots, and who may restore each manual snapshot; for
 * data in transit, whether each database requires TLS (the TLS parameter of its DB or DB
 * cluster parameter group, or the engine's documented default) and when the CA that signed
 * its server certificate expires (`DescribeCertificates`).
 *
 * Instances and clusters are not TLS endpoint node types (`tlsEndpoint`): their protocol is
 * the engine's wire protocol, which negotiates TLS inside it, and their minimum TLS version
 * is set by engine parameters and versions that are not read here, so `protocol`,
 * `tlsPolicy` and `minTlsVersion` could not be filled honestly.
 *
 * Quotas: Amazon RDS User Guide, "Request throttling for the Amazon RDS API"
 * (rds-api-throttling): by default 300 requests in a burst and a sustained 12 per second for
 * the account in a Region; modelled as one bucket shared by every RDS operation (the
 * conservative reading).
 */
import type { Quota } from '../../collect/pacing.ts';
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { RdsTypes } from './types.ts';

export interface RdsCensus extends Census {
  service: 'rds';
  instances: number;
  clusters: number;
  dbSnapshots: number;
  clusterSnapshots: number;
  manualDbSnapshots: number;
  manualClusterSnapshots: number;
  /** CA certificates that DescribeCertificates listed. */
  caCertificates: number;
  /** Distinct DB parameter groups whose TLS parameter is read (those of instances outside clusters, with an engine that has one). */
  dbParameterGroups: number;
  /** Distinct DB cluster parameter groups whose TLS parameter is read. */
  clusterParameterGroups: number;
}

/** RDS `Describe*` calls return at most 100 records per page (RDS API Reference, `MaxRecords`). */
export const PAGE_SIZES = { records: 100 } as const;
const api: Quota = { rate: 12, burst: 300, group: 'rds:*' };
const DATA = ['rds.instance', 'rds.cluster', 'rds.snapshot', 'rds.cluster-snapshot'] as const;

export const rds = defineService<RdsTypes, RdsCensus>({
  name: 'rds',
  title: 'Amazon RDS',
  scope: 'regional',
  api: { client: 'rds', protocol: 'query' },
  nodeTypes: {
    'rds.instance': { title: 'RDS DB instance', dataResource: true, asffType: 'AwsRdsDbInstance' },
    'rds.cluster': { title: 'RDS DB cluster', dataResource: true, asffType: 'AwsRdsDbCluster' },
    'rds.snapshot': { title: 'RDS DB snapshot', dataResource: true, asffType: 'AwsRdsDbSnapshot' },
    'rds.cluster-snapshot': { title: 'RDS DB cluster snapshot', dataResource: true, asffType: 'AwsRdsDbClusterSnapshot' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: DATA, to: ['kms.key'] },
    'snapshot-of': {
      doc: SHARED_EDGE_DOCS['snapshot-of'],
      from: ['rds.snapshot', 'rds.cluster-snapshot'],
      to: ['rds.instance', 'rds.cluster'],
    },
  },
  actions: [
    'rds:DescribeDBInstances',
    'rds:DescribeDBClusters',
    'rds:DescribeDBSnapshots',
    'rds:DescribeDBClusterSnapshots',
    'rds:DescribeDBSnapshotAttributes',
    'rds:DescribeDBClusterSnapshotAttributes',
    'rds:DescribeCertificates',
    'rds:DescribeDBParameters',
    'rds:DescribeDBClusterParameters',
  ],
  quotas: {
    'rds:DescribeDBInstances': api,
    'rds:DescribeDBClusters': api,
    'rds:DescribeDBSnapshots': api,
    'rds:DescribeDBClusterSnapshots': api,
    'rds:DescribeDBSnapshotAttributes': api,
    'rds:DescribeDBClusterSnapshotAttributes': api,
    'rds:DescribeCertificates': api,
    'rds:DescribeDBParameters': api,
    'rds:DescribeDBClusterParameters': api,
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'DescribeDBInstances', calls: pages(c.instances, PAGE_SIZES.records), phase: 'list' },
    { operation: 'DescribeDBClusters', calls: pages(c.clusters, PAGE_SIZES.records), phase: 'list' },
    { operation: 'DescribeDBSnapshots', calls: pages(c.dbSnapshots, PAGE_SIZES.records), phase: 'list' },
    { operation: 'DescribeDBClusterSnapshots', calls: pages(c.clusterSnapshots, PAGE_SIZES.records), phase: 'list' },
    { operation: 'DescribeDBSnapshotAttributes', calls: c.manualDbSnapshots, phase: 'detail' },
    { operation: 'DescribeDBClusterSnapshotAttributes', calls: c.manualClusterSnapshots, phase: 'detail' },
    { operation: 'DescribeCertificates', calls: pages(c.caCertificates, PAGE_SIZES.records), phase: 'list' },
    // Filtered by the parameters' names: one page per group.
    { operation: 'DescribeDBParameters', calls: c.dbParameterGroups, phase: 'detail' },
    { operation: 'DescribeDBClusterParameters', calls: c.clusterParameterGroups, phase: 'detail' },
  ],
  roundTrips: (c) => ({
    list: Math.max(
      pages(c.instances, PAGE_SIZES.records),
      pages(c.clusters, PAGE_SIZES.records),
      pages(c.dbSnapshots, PAGE_SIZES.records),
      pages(c.clusterSnapshots, PAGE_SIZES.records),
      pages(c.caCertificates, PAGE_SIZES.records),
    ),
    detail: c.manualDbSnapshots + c.manualClusterSnapshots + c.dbParameterGroups + c.clusterParameterGroups > 0 ? 1 : 0,
  }),
  collector: async () => (await import('./collector.ts')).rdsCollector,
  seeder: async () => (await import('./seed.ts')).seedRds,
});
