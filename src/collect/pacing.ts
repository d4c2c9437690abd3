/**
 * Client-side pacing at AWS's documented request quotas, so that a large account does not
 * drown in throttling: one token bucket per (account, region, service, operation).
 * Rates are requests per second with a burst; an operation without a known quota is not
 * paced (the SDK's adaptive retry still backs off when AWS throttles).
 */

export interface Quota {
  /** Sustained requests per second. */
  rate: number;
  /** Requests that may be made at once before the rate applies. */
  burst: number;
}

/**
 * Default quotas, per account and region. Sources: the KMS Developer Guide "Request
 * quotas", ACM "Quotas" (API rate quotas), EC2 API "Request throttling" (token bucket:
 * non-mutating actions refill 20/s, bucket 100), RDS "Quotas and constraints" (API
 * throttling: 12/s after a burst of 300 shared by describe calls treated here per
 * operation), CloudTrail "Quotas" (10 TPS for most read APIs).
 */
export const DEFAULT_QUOTAS: Record<string, Quota> = {
  'kms:ListKeys': { rate: 100, burst: 100 },
  'kms:ListAliases': { rate: 100, burst: 100 },
  'kms:DescribeKey': { rate: 2000, burst: 2000 },
  'kms:GetKeyPolicy': { rate: 1000, burst: 1000 },
  'kms:GetKeyRotationStatus': { rate: 1000, burst: 1000 },
  'kms:ListGrants': { rate: 100, burst: 100 },
  'kms:ListResourceTags': { rate: 1000, burst: 1000 },
  'acm:ListCertificates': { rate: 8, burst: 8 },
  'acm:DescribeCertificate': { rate: 10, burst: 10 },
  'ec2:DescribeVolumes': { rate: 20, burst: 100 },
  'ec2:DescribeSnapshots': { rate: 20, burst: 100 },
  'ec2:DescribeSnapshotAttribute': { rate: 20, burst: 100 },
  'ec2:GetEbsEncryptionByDefault': { rate: 20, burst: 100 },
  'ec2:GetEbsDefaultKmsKeyId': { rate: 20, burst: 100 },
  'ec2:GetSnapshotBlockPublicAccessState': { rate: 20, burst: 100 },
  'ec2:DescribeRegions': { rate: 20, burst: 100 },
  'rds:DescribeDBInstances': { rate: 12, burst: 300 },
  'rds:DescribeDBClusters': { rate: 12, burst: 300 },
  'rds:DescribeDBSnapshots': { rate: 12, burst: 300 },
  'rds:DescribeDBClusterSnapshots': { rate: 12, burst: 300 },
  'rds:DescribeDBSnapshotAttributes': { rate: 12, burst: 300 },
  'rds:DescribeDBClusterSnapshotAttributes': { rate: 12, burst: 300 },
  'cloudtrail:DescribeTrails': { rate: 10, burst: 10 },
  'cloudtrail:GetTrailStatus': { rate: 10, burst: 10 },
  'cloudtrail:GetEventSelectors': { rate: 10, burst: 10 },
  'cloudtrail:LookupEvents': { rate: 2, burst: 2 },
};

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
        const timer = setTimeout(resolve, Math.ceil(waitMs));
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
  }
}

export class Pacer {
  readonly #quotas: Record<string, Quota>;
  readonly #buckets = new Map<string, TokenBucket>();

  /** `scale` multiplies every rate and burst (0.5 keeps half the quota for other tools). */
  constructor(quotas: Record<string, Quota> = DEFAULT_QUOTAS, scale = 1) {
    this.#quotas = Object.fromEntries(
      Object.entries(quotas).map(([k, q]) => [k, { rate: q.rate * scale, burst: Math.max(1, Math.floor(q.burst * scale)) }]),
    );
  }

  /** Resolves when a request of `service:operation` may be sent in (account, region). */
  async acquire(account: string, region: string, service: string, operation: string, signal?: AbortSignal): Promise<void> {
    const quota = this.#quotas[`${service}:${operation}`];
    if (!quota) return;
    const key = `${account}|${region}|${service}|${operation}`;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(quota);
      this.#buckets.set(key, bucket);
    }
    await bucket.take(signal);
  }
}
