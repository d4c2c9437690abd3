/**
 * S3, once per account: ListBuckets (paginated, which makes AWS return each bucket's region),
 * then, for the buckets in the scan's regions, default encryption, replication, policy and
 * versioning, each sent to the bucket's own region.
 */
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  ListBucketsCommand,
  type Bucket,
  S3Client,
} from '@aws-sdk/client-s3';
import { arns } from '../../graph/arn.ts';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, s3 } from './index.ts';
import { bool, date, list, listing, obj, policyDocument, str } from '../../collect/responses.ts';
import { mapBucket, regionFromLocationConstraint, type BucketDetails } from './map.ts';

export const s3Collector: Collector = phasedCollector({
  service: s3.name,
  scope: s3.scope,
  responses: {
    's3:ListBuckets': listing('Buckets', obj({ Name: str, BucketRegion: str, CreationDate: date }, ['Name']), { ContinuationToken: str }),
    's3:GetBucketLocation': obj({ LocationConstraint: str }),
    's3:GetBucketEncryption': obj(
      {
        ServerSideEncryptionConfiguration: obj(
          {
            Rules: list(
              obj({
                ApplyServerSideEncryptionByDefault: obj({ SSEAlgorithm: str, KMSMasterKeyID: str }, ['SSEAlgorithm']),
                BucketKeyEnabled: bool,
              }),
            ),
          },
          ['Rules'],
        ),
      },
      ['ServerSideEncryptionConfiguration'],
    ),
    's3:GetBucketPolicy': obj({ Policy: policyDocument }, ['Policy']),
    's3:GetBucketVersioning': obj({ Status: str, MFADelete: str }),
    's3:GetBucketReplication': obj({ ReplicationConfiguration: obj({ Role: str, Rules: list(obj({ Status: str })) }, ['Rules']) }, [
      'ReplicationConfiguration',
    ]),
  },
  list: listS3,
});

/*
 * Any ListBuckets parameter makes AWS return `BucketRegion` (S3 API reference, Bucket); the
 * paginator sends `max-buckets` (at most 10,000) and follows `ContinuationToken` to the last page.
 */
/** Buckets read at once; each sends its four calls together. */
const BUCKET_CONCURRENCY = 16;

/** Answers that mean "there is none", not a failure. */
const NO_ENCRYPTION = 'ServerSideEncryptionConfigurationNotFoundError';
const NO_POLICY = 'NoSuchBucketPolicy';
const NO_REPLICATION = 'ReplicationConfigurationNotFoundError';

interface LocatedBucket {
  name: string;
  /** Undefined when neither ListBuckets nor GetBucketLocation told it (a gap says why). */
  region: string | undefined;
  creationDate?: Date;
}

/** The listing phase: ListBuckets, and the region of each bucket that came without one. */
async function listS3(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(S3Client);
  // A list-level gap is global (region ''): every bucket of the account is missing.
  const listed = await ctx.paginate(
    client,
    {
      command: (token) =>
        new ListBucketsCommand({ MaxBuckets: PAGE_SIZES.buckets, ...(token === undefined ? {} : { ContinuationToken: token }) }),
      next: (p) => p.ContinuationToken,
      items: (p) => p.Buckets,
    },
    { region: '' },
  );
  const buckets = listed.value;
  const located = await mapConcurrent(buckets, BUCKET_CONCURRENCY, (bucket) => locate(ctx, bucket));
  const regions = new Map<string, string>();
  for (const b of located) if (b.region !== undefined) regions.set(b.name, b.region);
  // Buckets of regions outside the scan are left out; one whose region is unknown is kept.
  const inScope = located.filter((b) => b.region === undefined || ctx.regions.includes(b.region));
  const byRegion: Record<string, number> = {};
  for (const b of inScope) if (b.region !== undefined) byRegion[b.region] = (byRegion[b.region] ?? 0) + 1;
  return {
    census: { service: 's3', buckets: buckets.length, withoutRegion: buckets.filter((b) => !b.BucketRegion).length, inScope: byRegion },
    details: async () => {
      await mapConcurrent(inScope, BUCKET_CONCURRENCY, (bucket) => collectBucket(ctx, bucket, (name) => regions.get(name)));
    },
  };
}

/** The bucket's region: `BucketRegion` from the list, else GetBucketLocation (emulators omit the field). */
async function locate(ctx: CollectContext, bucket: Bucket): Promise<LocatedBucket> {
  const name = bucket.Name ?? '';
  const base = { name, ...(bucket.CreationDate === undefined ? {} : { creationDate: bucket.CreationDate }) };
  if (bucket.BucketRegion) return { ...base, region: bucket.BucketRegion };
  const client = ctx.client(S3Client);
  const location = await ctx.send(client, new GetBucketLocationCommand({ Bucket: name }), {
    resource: arns.s3Bucket(ctx.partition, name),
    region: '',
  });
  return { ...base, region: location.ok ? regionFromLocationConstraint(location.value.LocationConstraint) : undefined };
}

async function collectBucket(ctx: CollectContext, bucket: LocatedBucket, regionOf: (name: string) => string | undefined): Promise<void> {
  const { name, region } = bucket;
  const details: BucketDetails = {
    name,
    region: region ?? '',
    ...(bucket.creationDate === undefined ? {} : { creationDate: bucket.creationDate }),
  };
  if (region !== undefined) {
    const client = ctx.client(S3Client, region);
    const input = { Bucket: name };
    const resource = arns.s3Bucket(ctx.partition, name);
    const [encryption, policy, versioning, replication] = await Promise.all([
      ctx.send(client, new GetBucketEncryptionCommand(input), { resource, region, expected: (e) => e.code === NO_ENCRYPTION }),
      ctx.send(client, new GetBucketPolicyCommand(input), { resource, region, expected: (e) => e.code === NO_POLICY }),
      ctx.send(client, new GetBucketVersioningCommand(input), { resource, region }),
      ctx.send(client, new GetBucketReplicationCommand(input), { resource, region, expected: (e) => e.code === NO_REPLICATION }),
    ]);
    if (encryption.ok) details.encryption = { configured: true, rules: encryption.value.ServerSideEncryptionConfiguration?.Rules ?? [] };
    else if (encryption.error.code === NO_ENCRYPTION) details.encryption = { configured: false };
    if (policy.ok) details.policy = policy.value.Policy ?? null;
    else if (policy.error.code === NO_POLICY) details.policy = null;
    if (versioning.ok) details.versioning = versioning.value;
    if (replication.ok) details.replication = replication.value.ReplicationConfiguration ?? null;
    else if (replication.error.code === NO_REPLICATION) details.replication = null;
  }
  ctx.add(mapBucket(ctx.partition, ctx.account, details, regionOf));
}
