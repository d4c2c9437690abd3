/**
 * Amazon S3, once per account: ListBuckets (10,000 a page), GetBucketLocation only for a
 * bucket whose `BucketRegion` is absent (never in AWS, always in emulators), then 4
 * configuration reads per bucket of the scanned regions, each sent to the bucket's region.
 *
 * Quotas: the S3 User Guide ("Best practices design patterns: optimizing Amazon S3
 * performance") documents no per-account rate for bucket configuration reads, only at least
 * 5,500 GET/HEAD requests per second per partitioned prefix: S3 calls are not paced.
 */
import { defineService, pages, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { S3Types } from './types.ts';

export interface S3Census extends Census {
  service: 's3';
  buckets: number;
  /** Listed buckets without `BucketRegion` (a GetBucketLocation call each). */
  withoutRegion: number;
  /** Buckets of the scanned regions, by region (4 configuration calls each). */
  inScope: Record<string, number>;
}

/** ListBuckets returns up to 10,000 buckets a page (S3 API Reference, `MaxBuckets`). */
export const PAGE_SIZES = { buckets: 10000 } as const;
const CONFIGURATION_READS = ['GetBucketEncryption', 'GetBucketPolicy', 'GetBucketVersioning', 'GetBucketReplication'] as const;

export const s3 = defineService<S3Types, S3Census>({
  name: 's3',
  title: 'Amazon S3',
  scope: 'global',
  api: {
    client: 's3',
    protocol: 'rest-xml',
    protocolExceptions: ['GetBucketPolicy'],
    bodyChecks: {
      // GetBucketLocation answers one element holding the region's name as text (empty for us-east-1).
      GetBucketLocation: (body) =>
        /^(?:<\?xml[^>]*\?>\s*)?<LocationConstraint\b[^>]*(?:\/>|>[^<]*<\/LocationConstraint>)\s*$/.test(body)
          ? undefined
          : 'not a LocationConstraint element holding a region name',
    },
    // An emulator serves every bucket on one host; AWS redirects a request sent to the wrong region.
    sdkConfig: ({ endpoint }) => ({ forcePathStyle: endpoint !== undefined, followRegionRedirects: true }),
  },
  nodeTypes: {
    's3.bucket': { title: 'S3 bucket', dataResource: true, asffType: 'AwsS3Bucket' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['s3.bucket'], to: ['kms.key'] },
    'replica-encrypted-by': { doc: SHARED_EDGE_DOCS['replica-encrypted-by'], from: ['s3.bucket'], to: ['kms.key'] },
    'replicates-to': { doc: 'S3 bucket -> replication destination bucket', from: ['s3.bucket'], to: ['s3.bucket'] },
  },
  actions: [
    's3:ListAllMyBuckets',
    's3:GetBucketLocation',
    's3:GetEncryptionConfiguration',
    's3:GetReplicationConfiguration',
    's3:GetBucketPolicy',
    's3:GetBucketVersioning',
  ],
  // S3's "Actions, resources, and condition keys" reference: these operations' actions have other names.
  actionForOperation: {
    ListBuckets: 's3:ListAllMyBuckets',
    GetBucketEncryption: 's3:GetEncryptionConfiguration',
    GetBucketReplication: 's3:GetReplicationConfiguration',
  },
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListBuckets', calls: pages(c.buckets, PAGE_SIZES.buckets), phase: 'list' },
    { operation: 'GetBucketLocation', calls: c.withoutRegion, phase: 'list' },
    ...Object.entries(c.inScope)
      .sort()
      .flatMap(([region, n]) => CONFIGURATION_READS.map((operation) => ({ operation, calls: n, phase: 'detail' as const, region }))),
  ],
  roundTrips: (c) => {
    const inScope = Object.values(c.inScope).reduce((a, b) => a + b, 0);
    return { list: pages(c.buckets, PAGE_SIZES.buckets) + (c.withoutRegion > 0 ? 1 : 0), detail: inScope > 0 ? 1 : 0 };
  },
  collector: async () => (await import('./collector.ts')).s3Collector,
  seeder: async () => (await import('./seed.ts')).seedBuckets,
});
