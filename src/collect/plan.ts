/**
 * The call and time model of a scan: from what the cheap list calls found (a census per
 * task), the API calls the collectors make and the time AWS's request quotas allow them.
 * `scan --plan` prints it before the expensive calls start, the runner orders the detail
 * work by it, the benchmark compares the measured calls and time with it, and a unit test
 * holds the collectors to it exactly.
 *
 * It describes what the collectors really do, which differs from the first sketch of the
 * model in a few places:
 * - S3 lists buckets 10,000 a page (ceil(B/10000) calls), calls GetBucketLocation only for a
 *   bucket whose `BucketRegion` is absent (never in AWS, always in emulators), and reads its 4
 *   configurations only for buckets in the scanned regions.
 * - KMS reads DescribeKey and GetKeyPolicy for every key, rotation status only for keys that
 *   can rotate, tags and grants (one call per page each) only for customer managed keys:
 *   between 2 and 4 (plus extra pages) per key, not ~5.
 * - EBS makes 3 settings calls (encryption by default, default key, snapshot block public
 *   access), and its public-candidate listing always costs at least one page.
 * - A paginated listing costs max(1, ceil(n / page size)) calls: one call even when empty,
 *   and no trailing empty page (AWS may occasionally return one; the emulated AWS of the
 *   benchmark does not).
 */
import type { Service } from '../graph/types.ts';
import { DEFAULT_QUOTAS, quotaBucket, type QuotaTable } from './pacing.ts';

/** Page sizes the collectors ask for (each is the API's maximum). */
export const PAGE_SIZE = {
  kmsKeys: 1000,
  kmsAliases: 100,
  kmsTags: 50,
  kmsGrants: 100,
  acmCertificates: 1000,
  s3Buckets: 10000,
  ebsVolumes: 500,
  ebsSnapshots: 1000,
  rds: 100,
} as const;

/** What KMS listed in one region. Counts that need DescribeKey are estimated by the listing. */
export interface KmsCensus {
  service: 'kms';
  keys: number;
  aliases: number;
  customerKeys: number;
  /** Keys whose rotation status is read (customer managed, symmetric, AWS key material, usable state). */
  rotatableKeys: number;
  /** ListResourceTags pages over all customer managed keys (at least one per key). */
  tagPages: number;
  /** ListGrants pages over all customer managed keys (at least one per key). */
  grantPages: number;
  /** True when some counts are upper bounds guessed before DescribeKey (the plan of `scan --plan`). */
  estimated?: boolean;
}
export interface AcmCensus {
  service: 'acm';
  certificates: number;
}
/** S3 is listed once per account; its per-bucket calls go to each bucket's region. */
export interface S3Census {
  service: 's3';
  buckets: number;
  /** Listed buckets without `BucketRegion` (a GetBucketLocation call each). */
  withoutRegion: number;
  /** Buckets of the scanned regions, by region (4 configuration calls each). */
  inScope: Record<string, number>;
}
export interface EbsCensus {
  service: 'ebs';
  volumes: number;
  snapshots: number;
  /** Snapshots listed with RestorableByUserIds=all (a DescribeSnapshotAttribute call each). */
  publicCandidates: number;
}
export interface RdsCensus {
  service: 'rds';
  instances: number;
  clusters: number;
  dbSnapshots: number;
  clusterSnapshots: number;
  manualDbSnapshots: number;
  manualClusterSnapshots: number;
}
export interface CloudTrailCensus {
  service: 'cloudtrail';
  /** Trails of the account whose home is this region (GetTrailStatus + GetEventSelectors each). */
  trailsHomedHere: number;
}
export type Census = KmsCensus | AcmCensus | S3Census | EbsCensus | RdsCensus | CloudTrailCensus;

/** The census of one (account, region, service) task; for S3 the region is the one its global calls go to. */
export interface TaskCensus {
  account: string;
  region: string;
  census: Census;
}

/** Expected calls of one operation in one (account, region). `client` is the API namespace (ec2 for EBS). */
export interface PlannedCall {
  account: string;
  region: string;
  service: Service;
  client: string;
  operation: string;
  calls: number;
  /** `list`: the cheap listing before the plan; `detail`: the per-resource calls after it. */
  phase: 'list' | 'detail';
}

const pages = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));

/** The calls a task makes, per operation (operations with zero calls left out). */
export function taskCalls(task: TaskCensus): PlannedCall[] {
  const { account, region, census: c } = task;
  const out: PlannedCall[] = [];
  const add = (client: string, operation: string, calls: number, phase: PlannedCall['phase'], at = region) => {
    if (calls > 0) out.push({ account, region: at, service: c.service, client, operation, calls, phase });
  };
  switch (c.service) {
    case 'kms':
      add('kms', 'ListKeys', pages(c.keys, PAGE_SIZE.kmsKeys), 'list');
      add('kms', 'ListAliases', pages(c.aliases, PAGE_SIZE.kmsAliases), 'list');
      add('kms', 'DescribeKey', c.keys, 'detail');
      add('kms', 'GetKeyPolicy', c.keys, 'detail');
      add('kms', 'GetKeyRotationStatus', c.rotatableKeys, 'detail');
      add('kms', 'ListResourceTags', c.tagPages, 'detail');
      add('kms', 'ListGrants', c.grantPages, 'detail');
      break;
    case 'acm':
      add('acm', 'ListCertificates', pages(c.certificates, PAGE_SIZE.acmCertificates), 'list');
      add('acm', 'DescribeCertificate', c.certificates, 'detail');
      break;
    case 's3':
      add('s3', 'ListBuckets', pages(c.buckets, PAGE_SIZE.s3Buckets), 'list');
      add('s3', 'GetBucketLocation', c.withoutRegion, 'list');
      for (const [at, n] of Object.entries(c.inScope).sort()) {
        for (const op of ['GetBucketEncryption', 'GetBucketPolicy', 'GetBucketVersioning', 'GetBucketReplication']) {
          add('s3', op, n, 'detail', at);
        }
      }
      break;
    case 'ebs':
      add('ec2', 'GetEbsEncryptionByDefault', 1, 'list');
      add('ec2', 'GetEbsDefaultKmsKeyId', 1, 'list');
      add('ec2', 'GetSnapshotBlockPublicAccessState', 1, 'list');
      add('ec2', 'DescribeVolumes', pages(c.volumes, PAGE_SIZE.ebsVolumes), 'list');
      add(
        'ec2',
        'DescribeSnapshots',
        pages(c.snapshots, PAGE_SIZE.ebsSnapshots) + pages(c.publicCandidates, PAGE_SIZE.ebsSnapshots),
        'list',
      );
      add('ec2', 'DescribeSnapshotAttribute', c.publicCandidates, 'detail');
      break;
    case 'rds':
      add('rds', 'DescribeDBInstances', pages(c.instances, PAGE_SIZE.rds), 'list');
      add('rds', 'DescribeDBClusters', pages(c.clusters, PAGE_SIZE.rds), 'list');
      add('rds', 'DescribeDBSnapshots', pages(c.dbSnapshots, PAGE_SIZE.rds), 'list');
      add('rds', 'DescribeDBClusterSnapshots', pages(c.clusterSnapshots, PAGE_SIZE.rds), 'list');
      add('rds', 'DescribeDBSnapshotAttributes', c.manualDbSnapshots, 'detail');
      add('rds', 'DescribeDBClusterSnapshotAttributes', c.manualClusterSnapshots, 'detail');
      break;
    case 'cloudtrail':
      add('cloudtrail', 'DescribeTrails', 1, 'list');
      add('cloudtrail', 'GetTrailStatus', c.trailsHomedHere, 'detail');
      add('cloudtrail', 'GetEventSelectors', c.trailsHomedHere, 'detail');
      break;
  }
  return out;
}

/**
 * Round trips a task needs one after the other (each waits for the previous answer), in
 * its listing and its detail phase. Detail calls of different resources run in parallel.
 */
export function sequentialRoundTrips(census: Census): { list: number; detail: number } {
  const c = census;
  switch (c.service) {
    case 'kms': {
      const customer = c.customerKeys > 0;
      // DescribeKey, then policy / rotation / tag pages / grant pages in parallel; pages of one key follow each other.
      const perKeyPages = customer ? Math.max(1, Math.ceil(c.tagPages / c.customerKeys), Math.ceil(c.grantPages / c.customerKeys)) : 1;
      return {
        list: Math.max(pages(c.keys, PAGE_SIZE.kmsKeys), pages(c.aliases, PAGE_SIZE.kmsAliases)),
        detail: c.keys > 0 ? 1 + perKeyPages : 0,
      };
    }
    case 'acm':
      return { list: pages(c.certificates, PAGE_SIZE.acmCertificates), detail: c.certificates > 0 ? 1 : 0 };
    case 's3': {
      const inScope = Object.values(c.inScope).reduce((a, b) => a + b, 0);
      return { list: pages(c.buckets, PAGE_SIZE.s3Buckets) + (c.withoutRegion > 0 ? 1 : 0), detail: inScope > 0 ? 1 : 0 };
    }
    case 'ebs':
      return {
        list: Math.max(
          pages(c.volumes, PAGE_SIZE.ebsVolumes),
          pages(c.snapshots, PAGE_SIZE.ebsSnapshots),
          pages(c.publicCandidates, PAGE_SIZE.ebsSnapshots),
        ),
        detail: c.publicCandidates > 0 ? 1 : 0,
      };
    case 'rds':
      return {
        list: Math.max(
          pages(c.instances, PAGE_SIZE.rds),
          pages(c.clusters, PAGE_SIZE.rds),
          pages(c.dbSnapshots, PAGE_SIZE.rds),
          pages(c.clusterSnapshots, PAGE_SIZE.rds),
        ),
        detail: c.manualDbSnapshots + c.manualClusterSnapshots > 0 ? 1 : 0,
      };
    case 'cloudtrail':
      return { list: 1, detail: c.trailsHomedHere > 0 ? 1 : 0 };
  }
}

/** The busiest token bucket: the quota that bounds the scan's time from below. */
export interface QuotaBound {
  account: string;
  region: string;
  /** The quota's name: `service:Operation`, or a group such as `rds:*`. */
  bucket: string;
  calls: number;
  seconds: number;
  rate: number;
  burst: number;
}

/**
 * The least time in which `calls` fit the quotas: each (account, region, bucket) starts
 * full and refills at its rate, so n calls need at least (n - burst) / rate seconds.
 */
export function quotaBounds(calls: readonly PlannedCall[], quotas: QuotaTable = DEFAULT_QUOTAS): QuotaBound[] {
  const byBucket = new Map<string, QuotaBound>();
  for (const call of calls) {
    const bucket = quotaBucket(quotas, call.client, call.operation);
    if (!bucket) continue;
    const key = `${call.account}|${call.region}|${bucket.name}`;
    const entry = byBucket.get(key) ?? {
      account: call.account,
      region: call.region,
      bucket: bucket.name,
      calls: 0,
      seconds: 0,
      rate: bucket.quota.rate,
      burst: bucket.quota.burst,
    };
    entry.calls += call.calls;
    entry.seconds = Math.max(0, (entry.calls - entry.burst) / entry.rate);
    byBucket.set(key, entry);
  }
  return [...byBucket.values()].sort((a, b) => b.seconds - a.seconds || b.calls - a.calls || a.bucket.localeCompare(b.bucket));
}

export interface ServicePlan {
  /** Calls of the listing phase (already made when the plan is printed). */
  list: number;
  /** Calls of the detail phase. */
  detail: number;
  total: number;
  /** The least time this service's calls need at the quotas. */
  quotaSeconds: number;
  /** Some counts are upper bounds (KMS before DescribeKey). */
  estimated: boolean;
}

export interface ScanPlan {
  calls: PlannedCall[];
  services: Partial<Record<Service, ServicePlan>>;
  total: number;
  /** The scan cannot finish faster than this at the documented quotas. */
  quotaBoundSeconds: number;
  /** The quota that sets `quotaBoundSeconds` (absent when nothing is paced). */
  slowest?: QuotaBound;
  /** Round trips that must follow each other: the longest listing, then the longest detail chain. */
  sequentialRoundTrips: number;
}

export interface PlanOptions {
  quotas?: QuotaTable;
  /** Calls made before any collector (GetCallerIdentity, DescribeRegions), as round trips. */
  scopeRoundTrips?: number;
}

export function planScan(tasks: readonly TaskCensus[], options: PlanOptions = {}): ScanPlan {
  const quotas = options.quotas ?? DEFAULT_QUOTAS;
  const calls = tasks.flatMap(taskCalls);
  const services: Partial<Record<Service, ServicePlan>> = {};
  for (const task of tasks) {
    const s = (services[task.census.service] ??= { list: 0, detail: 0, total: 0, quotaSeconds: 0, estimated: false });
    if (task.census.service === 'kms' && task.census.estimated) s.estimated = true;
  }
  for (const call of calls) {
    const s = services[call.service];
    if (!s) continue;
    s[call.phase] += call.calls;
    s.total += call.calls;
  }
  for (const [service, s] of Object.entries(services)) {
    s.quotaSeconds =
      quotaBounds(
        calls.filter((c) => c.service === service),
        quotas,
      )[0]?.seconds ?? 0;
  }
  const bounds = quotaBounds(calls, quotas);
  const chains = tasks.map((t) => sequentialRoundTrips(t.census));
  const slowest = bounds[0];
  return {
    calls,
    services,
    total: calls.reduce((n, c) => n + c.calls, 0),
    quotaBoundSeconds: slowest?.seconds ?? 0,
    ...(slowest ? { slowest } : {}),
    sequentialRoundTrips:
      (options.scopeRoundTrips ?? 0) + Math.max(0, ...chains.map((c) => c.list)) + Math.max(0, ...chains.map((c) => c.detail)),
  };
}

/**
 * The reference time of the performance target: the quota-bound time plus one round trip
 * for every call that has to wait for the previous one.
 */
export function referenceSeconds(plan: ScanPlan, roundTripSeconds: number): number {
  return plan.quotaBoundSeconds + plan.sequentialRoundTrips * roundTripSeconds;
}

/** The least time of one task's detail phase at the quotas (the runner starts the longest first). */
export function detailSeconds(task: TaskCensus, quotas: QuotaTable = DEFAULT_QUOTAS): number {
  return (
    quotaBounds(
      taskCalls(task).filter((c) => c.phase === 'detail'),
      quotas,
    )[0]?.seconds ?? 0
  );
}
