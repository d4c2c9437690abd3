/**
 * Client-side pacing at AWS's documented request quotas, so that a large account does not
 * drown in throttling: one token bucket per (account, region, quota), where a quota covers
 * one operation or a group of operations that AWS throttles together. Rates are requests
 * per second with a burst; an operation without a documented quota is not paced (the SDK's
 * adaptive retry still backs off when AWS throttles).
 */

export interface Quota {
  /** Sustained requests per second. */
  rate: number;
  /** Requests that may be made at once before the rate applies. */
  burst: number;
  /** Operations with the same group share one token bucket (default: each operation its own). */
  group?: string;
}

/** Per account and region, `service:Operation` -> quota. Pass another table to `Pacer` to change them. */
export type QuotaTable = Readonly<Record<string, Quota>>;

/** KMS publishes requests per second without a burst: one second's worth is allowed at once. */
const perSecond = (rate: number): Quota => ({ rate, burst: rate });
/** Paginated or filtered EC2 non-mutating actions: bucket of 100, refill 20 per second, per API. */
const ec2NonMutating: Quota = { rate: 20, burst: 100 };
/** RDS throttles the account's API requests in a Region together: 300 at once, then 12 per second. */
const rdsApi: Quota = { rate: 12, burst: 300, group: 'rds:*' };

/**
 * Default quotas, checked against the AWS documentation (each group cites its page):
 * - KMS Developer Guide, "Request quotas" (requests-per-second), table "Request quotas for
 *   each AWS KMS API operation": DescribeKey 2000, GetKeyPolicy 1000, GetKeyRotationStatus
 *   1000, ListAliases 500, ListKeys 500, ListGrants 100, ListResourceTags 2000 per second,
 *   each calculated independently per account and Region.
 * - ACM User Guide, "Quotas" (acm-limits), "API rate quotas": DescribeCertificate 10,
 *   ListCertificates 8 requests per second, per account and Region.
 * - Amazon EC2 Developer Guide, "Request throttling for the Amazon EC2 API"
 *   (ec2-api-throttling): each API has its own bucket; non-mutating actions hold 100 tokens
 *   and refill 20 per second. DescribeVolumes and DescribeSnapshots fall into the smaller
 *   "unfiltered and unpaginated" bucket (50, 10/s) only without pagination or a filter;
 *   the collectors always paginate (MaxResults), so the larger bucket applies.
 * - Amazon RDS User Guide, "Request throttling for the Amazon RDS API" (rds-api-throttling):
 *   by default 300 requests in a burst and a sustained 12 per second for the account in a
 *   Region; modelled as one bucket shared by every RDS operation (the conservative reading).
 * - CloudTrail API Reference, LookupEvents: two lookups per second per account and Region.
 *   The other read APIs are listed at 10 transactions per second in the AWS General
 *   Reference "AWS CloudTrail endpoints and quotas" (not confirmed in the stored copy of the
 *   documentation; kept as a conservative value).
 * - S3 (User Guide, "Best practices design patterns: optimizing Amazon S3 performance")
 *   documents no per-account rate for bucket configuration reads, only at least 5,500
 *   GET/HEAD requests per second per partitioned prefix: S3 calls are not paced.
 */
export const DEFAULT_QUOTAS: QuotaTable = {
  'kms:ListKeys': perSecond(500),
  'kms:ListAliases': perSecond(500),
  'kms:DescribeKey': perSecond(2000),
  'kms:GetKeyPolicy': perSecond(1000),
  'kms:GetKeyRotationStatus': perSecond(1000),
  'kms:ListGrants': perSecond(100),
  'kms:ListResourceTags': perSecond(2000),
  'acm:ListCertificates': perSecond(8),
  'acm:DescribeCertificate': perSecond(10),
  'ec2:DescribeVolumes': ec2NonMutating,
  'ec2:DescribeSnapshots': ec2NonMutating,
  'ec2:DescribeSnapshotAttribute': ec2NonMutating,
  'ec2:GetEbsEncryptionByDefault': ec2NonMutating,
  'ec2:GetEbsDefaultKmsKeyId': ec2NonMutating,
  'ec2:GetSnapshotBlockPublicAccessState': ec2NonMutating,
  'ec2:DescribeRegions': ec2NonMutating,
  'rds:DescribeDBInstances': rdsApi,
  'rds:DescribeDBClusters': rdsApi,
  'rds:DescribeDBSnapshots': rdsApi,
  'rds:DescribeDBClusterSnapshots': rdsApi,
  'rds:DescribeDBSnapshotAttributes': rdsApi,
  'rds:DescribeDBClusterSnapshotAttributes': rdsApi,
  'cloudtrail:DescribeTrails': perSecond(10),
  'cloudtrail:GetTrailStatus': perSecond(10),
  'cloudtrail:GetEventSelectors': perSecond(10),
  'cloudtrail:LookupEvents': perSecond(2),
};

/** The token bucket an operation draws from (its group, or the operation itself); undefined when not paced. */
export function quotaBucket(quotas: QuotaTable, service: string, operation: string): { name: string; quota: Quota } | undefined {
  const id = `${service}:${operation}`;
  const quota = quotas[id];
  return quota ? { name: quota.group ?? id, quota } : undefined;
}

/** A token bucket: `take()` resolves when a token is available. */
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  #tokens: number;
  #last: number;
  #queue: Promise<void> = Promise.resolve();

  constructor(quota: Quota, now: () => number = performance.now.bind(performance)) {
    this.#rate = quota.rate;
    this.#burst = Math.max(1, quota.burst);
    this.#tokens = this.#burst;
    this.#now = now;
    this.#last = now();
  }

  readonly #now: () => number;

  /** Waits for a token; callers are served in order. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#wait(signal));
    this.#queue = turn.catch(() => {});
    return turn;
  }

  async #wait(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#now();
      this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#last) / 1000) * this.#rate);
      this.#last = now;
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      const waitMs = ((1 - this.#tokens) / this.#rate) * 1000;
      await new Promise<void>((resolve, reject) => {
        // The listener is removed when the wait ends: every request of a scan shares one
        // signal, and listeners left on it would pile up (and make each new one slower to add).
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, Math.ceil(waitMs));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}

/**
 * Tokens of each burst the pacer leaves unused. Paced at exactly the quota, a request that
 * travels faster than the one before it reaches AWS just before AWS's bucket has refilled,
 * and is throttled (the SDK's adaptive retry then slows the whole client down). One token
 * of headroom absorbs any such jitter below one refill interval, for the price of one
 * request's worth of time (0.1 s at 10 per second).
 */
export const BURST_HEADROOM = 1;

export class Pacer {
  readonly #quotas: QuotaTable;
  readonly #buckets = new Map<string, TokenBucket>();

  /** `scale` multiplies every rate and burst (0.5 keeps half the quota for other tools). */
  constructor(quotas: QuotaTable = DEFAULT_QUOTAS, scale = 1) {
    this.#quotas = Object.fromEntries(
      Object.entries(quotas).map(([k, q]) => [
        k,
        { ...q, rate: q.rate * scale, burst: Math.max(1, Math.floor(q.burst * scale) - BURST_HEADROOM) },
      ]),
    );
  }

  /** Resolves when a request of `service:operation` may be sent in (account, region). */
  async acquire(account: string, region: string, service: string, operation: string, signal?: AbortSignal): Promise<void> {
    const bucket = quotaBucket(this.#quotas, service, operation);
    if (!bucket) return;
    const key = `${account}|${region}|${bucket.name}`;
    let tokens = this.#buckets.get(key);
    if (!tokens) {
      tokens = new TokenBucket(bucket.quota);
      this.#buckets.set(key, tokens);
    }
    await tokens.take(signal);
  }
}
