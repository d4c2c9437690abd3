/**
 * A simulated AWS behind the SDK's own HTTP layer: a request handler that the scan's SDK
 * clients use instead of the network (`takeSnapshot({ customizeClients: sim.customize })`).
 * Every request goes through the real client stack (serialization, SigV4 signing, the
 * adaptive retry strategy, the project's pacer and call counter) and gets an HTTP answer:
 * - after half the configured latency it reaches "AWS", which enforces the documented quotas
 *   with a token bucket per (region, quota), judged at that moment of arrival (the moment the
 *   request left plus half the latency, whenever the simulation's timer gets its turn in the
 *   event loop it shares with the scanner), and answers a request over the quota with the
 *   service's real throttling error (ThrottlingException, RequestLimitExceeded, Throttling,
 *   SlowDown) in its own protocol;
 * - otherwise the answer is cut from the synthetic account (answers.ts);
 * - the response travels back for the other half of the latency.
 */
import type { ClientCustomizer } from '../../src/collect/index.ts';
import { DEFAULT_QUOTAS, quotaBucket, type QuotaTable } from '../../src/collect/pacing.ts';
import { borrowSignal } from '../../src/collect/signals.ts';
import { faultResponse, queryClient, REST_OPERATIONS, restOperation, signingScope } from '../../test/support/fault-proxy.ts';
import type { SyntheticAccount } from './account.ts';
import { Answers, type SimRequest, type SimResponse } from './answers.ts';

export interface SimOptions {
  /** Round-trip time of one request, in milliseconds (default 50). */
  latencyMs?: number;
  /** Each round trip varies by up to this fraction, deterministically (default 0.2). */
  jitter?: number;
  /** The quotas AWS enforces (default: the documented ones, as in the pacer). */
  quotas?: QuotaTable;
}

/** The parts of the SDK's HttpRequest the simulation reads. */
interface HttpRequestLike {
  method: string;
  hostname: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

export interface OperationStats {
  served: number;
  throttled: number;
}

class Bucket {
  readonly rate: number;
  readonly burst: number;
  tokens: number;
  last: number;
  constructor(rate: number, burst: number, now: number) {
    this.rate = rate;
    this.burst = burst;
    this.tokens = burst;
    this.last = now;
  }
  take(now: number): boolean {
    // Arrivals are judged at their own moment, which may be a little before the last one's.
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, now - this.last) / 1000) * this.rate);
    this.last = Math.max(this.last, now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const header = (headers: Record<string, string>, name: string): string => {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return '';
};

const bodyText = (body: unknown): string =>
  typeof body === 'string'
    ? body
    : body instanceof Uint8Array
      ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
      : '';

/** Reads service, region, operation and input from a signed SDK request. */
export function parseRequest(req: HttpRequestLike): SimRequest {
  const { region, service } = signingScope(header(req.headers, 'authorization'));
  const target = header(req.headers, 'x-amz-target');
  if (target) {
    const text = bodyText(req.body);
    return { service, region, operation: target.split('.').pop() ?? '', params: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
  if (service === 's3') {
    const query = Object.fromEntries(Object.entries(req.query ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0] : (v ?? '')]));
    const virtualHost = /^(.+)\.s3[.-]/.exec(req.hostname)?.[1];
    const bucket = virtualHost ?? (req.path.split('/')[1] || undefined);
    const sub = ['encryption', 'policy', 'versioning', 'replication', 'location'].find((k) => k in query);
    const operation =
      bucket === undefined
        ? 'ListBuckets'
        : ({
            encryption: 'GetBucketEncryption',
            policy: 'GetBucketPolicy',
            versioning: 'GetBucketVersioning',
            replication: 'GetBucketReplication',
            location: 'GetBucketLocation',
          }[sub ?? ''] ?? `${req.method}Object`);
    return { service, region, operation, params: query, ...(bucket === undefined ? {} : { bucket }) };
  }
  if (REST_OPERATIONS[service]) {
    // REST APIs: the operation is the method and path (API Gateway's v2 calls by their /v2/ path), the input the query.
    const query = Object.fromEntries(Object.entries(req.query ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0] : (v ?? '')]));
    const rest = restOperation(service, req.method, req.path);
    return { service: rest.client, region, operation: rest.operation, params: query };
  }
  if (service === 'lambda' || service === 'backup') {
    // REST-JSON listings: the operation is the path, the input the query.
    const query = Object.fromEntries(Object.entries(req.query ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0] : (v ?? '')]));
    const path = req.path.replace(/\/$/, '');
    const operation =
      req.method === 'GET' && path.endsWith('/functions')
        ? 'ListFunctions'
        : req.method === 'GET' && path === '/backup-vaults'
          ? 'ListBackupVaults'
          : `${req.method} ${req.path}`;
    return { service, region, operation, params: query };
  }
  if (service === 'es') {
    // OpenSearch Service, REST-JSON: ListDomainNames is a GET, DescribeDomains a POST of names.
    const operation =
      req.method === 'GET' && req.path.endsWith('/domain')
        ? 'ListDomainNames'
        : req.method === 'POST' && req.path.endsWith('/domain-info')
          ? 'DescribeDomains'
          : `${req.method} ${req.path}`;
    const text = bodyText(req.body);
    return { service, region, operation, params: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }
  const params = Object.fromEntries(new URLSearchParams(bodyText(req.body)));
  return { service: queryClient(service, params['Version']), region, operation: params['Action'] ?? '', params };
}

export class SimulatedAws {
  readonly account: SyntheticAccount;
  readonly stats = new Map<string, OperationStats>();
  /** CPU-bound time spent building answers, in milliseconds (the simulation's own cost, not the scanner's). */
  answerMs = 0;
  readonly #answers: Answers;
  readonly #quotas: QuotaTable;
  readonly #latency: number;
  readonly #jitter: number;
  readonly #buckets = new Map<string, Bucket>();
  #seed = 1;

  constructor(account: SyntheticAccount, options: SimOptions = {}) {
    this.account = account;
    this.#answers = new Answers(account);
    this.#quotas = options.quotas ?? DEFAULT_QUOTAS;
    this.#latency = options.latencyMs ?? 50;
    this.#jitter = options.jitter ?? 0.2;
  }

  /** A ClientCustomizer: every client of the scan sends its requests to this simulation. */
  readonly customize: ClientCustomizer = (client) => {
    const config = (client as unknown as { config: { requestHandler: unknown } }).config;
    config.requestHandler = {
      handle: (request: HttpRequestLike, options?: { abortSignal?: AbortSignal }) => this.handle(request, options?.abortSignal),
      updateHttpClientConfig: () => {},
      httpHandlerConfigs: () => ({}),
      destroy: () => {},
    };
  };

  get throttled(): number {
    let n = 0;
    for (const s of this.stats.values()) n += s.throttled;
    return n;
  }

  get served(): number {
    let n = 0;
    for (const s of this.stats.values()) n += s.served;
    return n;
  }

  async handle(request: HttpRequestLike, signal?: AbortSignal): Promise<{ response: object }> {
    const req = parseRequest(request);
    const half = this.#roundTrip() / 2;
    // When the request reaches "AWS": half a round trip after it left. The quota is judged at
    // that moment, not when the timer below gets its turn: the simulation shares the scanner's
    // event loop, and a busy loop would otherwise bunch arrivals that AWS would see spread out.
    const arrival = performance.now() + half;
    // A signal of the request's own (as the scan's HTTP handler makes), heard by both waits.
    const loan = signal && borrowSignal(signal);
    try {
      await sleep(half, loan?.signal);
      const started = performance.now();
      const answer = this.#admit(req, arrival) ? this.#answers.answer(req) : this.#throttle(req);
      const body = Buffer.from(answer.body, 'utf8');
      this.answerMs += performance.now() - started;
      await sleep(half, loan?.signal);
      return {
        response: { statusCode: answer.status, reason: undefined, headers: { 'x-amzn-requestid': 'sim', ...answer.headers }, body },
      };
    } finally {
      loan?.release();
    }
  }

  /** Takes a token from the request's quota, if it has one; false when AWS would throttle it. */
  #admit(req: SimRequest, arrival: number): boolean {
    const stat = this.stats.get(`${req.service}:${req.operation}`) ?? { served: 0, throttled: 0 };
    this.stats.set(`${req.service}:${req.operation}`, stat);
    const quota = quotaBucket(this.#quotas, req.service, req.operation);
    let ok = true;
    if (quota) {
      const key = `${req.region}|${quota.name}`;
      let bucket = this.#buckets.get(key);
      if (!bucket) {
        bucket = new Bucket(quota.quota.rate, quota.quota.burst, arrival);
        this.#buckets.set(key, bucket);
      }
      ok = bucket.take(arrival);
    }
    if (ok) stat.served++;
    else stat.throttled++;
    return ok;
  }

  #throttle(req: SimRequest): SimResponse {
    const f = faultResponse({ service: req.service, region: req.region, operation: req.operation }, 'throttled');
    return { status: f.status, headers: { 'content-type': f.type }, body: f.body };
  }

  /** Latency with a deterministic jitter (a linear congruential sequence). */
  #roundTrip(): number {
    this.#seed = (this.#seed * 1103515245 + 12345) % 2147483648;
    const u = this.#seed / 2147483648;
    return this.#latency * (1 + this.#jitter * (2 * u - 1));
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(Object.assign(new Error('The request was aborted'), { name: 'AbortError' }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
