/**
 * What a collector is and what it gets to work with. One collector per service; each is
 * split into the API calls (`<service>/collect.ts`: paging, per-resource calls) and a pure
 * mapping from API responses to graph nodes (`<service>/map.ts`).
 */
import type { PendingEdge } from '../graph/build.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import { classifyError, type ClassifiedError } from './aws-errors.ts';
import type { ClientFactory, ClientName, ServiceClients } from './clients.ts';
import type { Census } from './plan.ts';

export interface Collector {
  service: Service;
  /**
   * `regional`: runs once per (account, region).
   * `global`: runs once per account (S3 lists buckets once and calls each bucket's region).
   */
  scope: 'regional' | 'global';
  /** The read-only IAM actions this collector calls; the permissions policy is generated from them. */
  actions: readonly string[];
  /** The whole collection: `list`, then the listing's `details`. */
  collect(ctx: CollectContext): Promise<void>;
  /**
   * The cheap list calls only. The runner lists every task first, plans the rest from the
   * censuses (`scan --plan`), then runs the detail phases, slowest first, without listing again.
   */
  list?(ctx: CollectContext): Promise<Listing>;
}

/** What a collector's listing phase found, and the per-resource work that remains. */
export interface Listing {
  census: Census;
  details(): Promise<void>;
}

/** A collector in two phases; its `collect` runs both. */
export function phasedCollector(c: Omit<Collector, 'collect' | 'list'> & { list(ctx: CollectContext): Promise<Listing> }): Collector {
  return {
    ...c,
    collect: async (ctx) => {
      const listing = await c.list(ctx);
      await listing.details();
    },
  };
}

export interface CollectSink {
  node(node: GraphNode): void;
  edge(edge: PendingEdge): void;
  gap(gap: Gap): void;
}

export interface CollectContextOptions {
  account: string;
  /** The region of a regional task; for a global task, the region its global calls go to. */
  region: string;
  partition: string;
  /** Every region in the scan (a global collector keeps resources of these regions only). */
  regions: readonly string[];
  service: Service;
  clients: ClientFactory;
  sink: CollectSink;
  signal: AbortSignal;
}

/** The outcome of one API call: the response, or the classified error (already recorded as a gap). */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ClassifiedError };

export class CollectContext {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly regions: readonly string[];
  readonly service: Service;
  readonly signal: AbortSignal;
  readonly #clients: ClientFactory;
  readonly #sink: CollectSink;

  constructor(o: CollectContextOptions) {
    this.account = o.account;
    this.region = o.region;
    this.partition = o.partition;
    this.regions = o.regions;
    this.service = o.service;
    this.signal = o.signal;
    this.#clients = o.clients;
    this.#sink = o.sink;
  }

  /** The SDK client for this task's account in `region` (default: the task's region). */
  client<N extends ClientName>(name: N, region: string = this.region): ServiceClients[N] {
    return this.#clients.get(name, this.account, region);
  }

  /** Options to pass as the second argument of `client.send`, so that an interrupt aborts the request. */
  get sendOptions(): { abortSignal: AbortSignal } {
    return { abortSignal: this.signal };
  }

  addNode(node: GraphNode): void {
    this.#sink.node(node);
  }

  addEdge(edge: PendingEdge): void {
    this.#sink.edge(edge);
  }

  /** Records a gap for an error; `resource` when only that resource's data is missing. */
  recordGap(operation: string, error: ClassifiedError, options: { resource?: string; region?: string } = {}): void {
    this.#sink.gap({
      account: this.account,
      region: options.region ?? this.region,
      service: this.service,
      operation,
      code: error.code,
      message: error.message,
      ...(options.resource === undefined ? {} : { resource: options.resource }),
    });
  }

  /**
   * Runs one API call (or a whole paginated listing). A failure becomes a gap record and
   * an `ok: false` result; an interrupt propagates so the task stops.
   */
  async call<T>(
    operation: string,
    run: () => Promise<T>,
    options: { resource?: string; region?: string; expected?: (e: ClassifiedError) => boolean } = {},
  ): Promise<CallResult<T>> {
    this.signal.throwIfAborted();
    try {
      return { ok: true, value: await run() };
    } catch (e) {
      if (this.signal.aborted) throw this.signal.reason;
      const error = classifyError(e);
      if (error.kind === 'aborted') throw e;
      if (!options.expected?.(error)) this.recordGap(operation, error, options);
      return { ok: false, error };
    }
  }
}
