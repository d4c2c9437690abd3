/**
 * Client-side pacing at AWS's documented request quotas, so that a large account does not
 * drown in throttling: one token bucket per (account, region, quota), where a quota covers
 * one operation or a group of operations that AWS throttles together. Rates are requests
 * per second with a burst; an operation without a documented quota is not paced (the SDK's
 * adaptive retry still backs off when AWS throttles).
 */

import { SERVICE_LIST } from '../services/registry.ts';
import { borrowSignal } from './signals.ts';

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

/**
 * The scope calls' quota: Amazon EC2 Developer Guide, "Request throttling for the Amazon EC2
 * API" (ec2-api-throttling): non-mutating actions hold 100 tokens and refill 20 per second.
 */
const SCOPE_QUOTAS: QuotaTable = { 'ec2:DescribeRegions': { rate: 20, burst: 100 } };

/**
 * Default quotas: the scope calls', then each service module's (`src/services/<service>/index.ts`
 * declares them and cites the AWS documentation it took them from). An operation that no
 * module paces (S3 documents no per-account rate for its configuration reads) is not paced.
 */
export const DEFAULT_QUOTAS: QuotaTable = Object.assign({}, SCOPE_QUOTAS, ...SERVICE_LIST.map((m) => m.quotas)) as QuotaTable;

/** The token bucket an operation draws from (its group, or the operation itself); undefined when not paced. */
export function quotaBucket(quotas: QuotaTable, service: string, operation: string): { name: string; quota: Quota } | undefined {
  const id = `${service}:${operation}`;
  const quota = quotas[id];
  return quota ? { name: quota.group ?? id, quota } : undefined;
}

/**
 * How long a bucket waits for its first request to leave before it starts refilling anyway
 * (a first request held up must not hold the others back for long).
 */
export const FIRST_SEND_WAIT_MS = 1_000;

/**
 * A token bucket: `take()` resolves when a token is available. It starts full, and starts
 * refilling when the first request it let through leaves the process (`sent()`: signed,
 * handed to the HTTP handler), not when that request was let through. AWS's bucket starts
 * when the request arrives; on a busy machine a request can wait in the event loop well
 * after the pacer let it through, and a bucket that refilled from that earlier moment ran
 * ahead of AWS's by the wait (ACM's 10 a second were throttled whenever a scan's first
 * DescribeCertificate sat 100 ms or more between the two). From the moment it leaves, only
 * the network's one-way trip is left, which the burst's unused token (`BURST_HEADROOM`) covers.
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  readonly #now: () => number;
  #tokens: number;
  /** Refill counts from here; until the first request has left, a moment in the future. */
  #last: number;
  #sent = false;
  #wake: (() => void) | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(quota: Quota, now: () => number = performance.now.bind(performance)) {
    this.#rate = quota.rate;
    this.#burst = Math.max(1, quota.burst);
    this.#tokens = this.#burst;
    this.#now = now;
    this.#last = now() + FIRST_SEND_WAIT_MS;
  }

  /** Waits for a token; callers are served in order. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#wait(signal));
    this.#queue = turn.catch(() => {});
    return turn;
  }

  /** A request this bucket let through is leaving for AWS (or its attempt ended before it could). */
  sent(): void {
    if (this.#sent) return;
    this.#sent = true;
    this.#last = Math.min(this.#last, this.#now());
    this.#wake?.();
  }

  async #wait(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#now();
      this.#tokens = Math.min(this.#burst, this.#tokens + (Math.max(0, now - this.#last) / 1000) * this.#rate);
      this.#last = Math.max(this.#last, now);
      if (this.#tokens >= 1) {
        this.#tokens -= 1;
        return;
      }
      const waitMs = this.#last - now + ((1 - this.#tokens) / this.#rate) * 1000;
      // A signal of this wait's own: the scan's one signal is shared by every bucket.
      const loan = signal && borrowSignal(signal);
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, Math.ceil(waitMs));
          // The first request leaving moves the start of the refill earlier: look again then.
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
          loan?.signal.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              reject(signal?.reason);
            },
            { once: true },
          );
        });
      } finally {
        this.#wake = undefined;
        loan?.release();
      }
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

  /**
   * Resolves when a request of `service:operation` may be sent in (account, region), with a
   * function to call when it leaves (or its attempt ends first); none when it is not paced.
   */
  async acquire(
    account: string,
    region: string,
    service: string,
    operation: string,
    signal?: AbortSignal,
  ): Promise<(() => void) | undefined> {
    const bucket = quotaBucket(this.#quotas, service, operation);
    if (!bucket) return undefined;
    const key = `${account}|${region}|${bucket.name}`;
    let tokens = this.#buckets.get(key);
    if (!tokens) {
      tokens = new TokenBucket(bucket.quota);
      this.#buckets.set(key, tokens);
    }
    await tokens.take(signal);
    const taken = tokens;
    return () => taken.sent();
  }
}
