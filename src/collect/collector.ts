/**
 * What a collector is and what it gets to work with. One collector per service; each is
 * split into the API calls (`<service>/collect.ts`: paging, per-resource calls) and a pure
 * mapping from API responses to graph nodes (`<service>/map.ts`).
 */
import type { PendingEdge } from '../graph/build.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import { classifyError, type ClassifiedError } from './aws-errors.ts';
import type { ClientFactory, ClientName, ServiceClients } from './clients.ts';
import { PartialListing, readPages, type PageSpec } from './paging.ts';
import type { Census } from './plan.ts';
import type { ResponseShapes } from './responses.ts';

export interface Collector {
  service: Service;
  /**
   * `regional`: runs once per (account, region).
   * `global`: runs once per account (S3 lists buckets once and calls each bucket's region).
   */
  scope: 'regional' | 'global';
  /** The read-only IAM actions this collector calls; the permissions policy is generated from them. */
  actions: readonly string[];
  /**
   * Every operation it calls (`client:Operation`), with the shape of the answer it relies
   * on: each answer is checked against it before it is believed (`responses.ts`), and the
   * fault-injection tests fault each of these operations.
   */
  responses: ResponseShapes;
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
  /** One call (or one page of a listing) answered, or failed for good (a gap). */
  call?(outcome: 'ok' | 'failed'): void;
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

/** The outcome of a listing: every item, or the items of the pages read before it failed (the gap says where). */
export type ListResult<I> = { ok: true; value: I[] } | { ok: false; error: ClassifiedError; value: I[] };

export interface CallOptions {
  resource?: string;
  region?: string;
  /** An error that is an answer ("no policy"), not a failure: no gap. */
  expected?: (e: ClassifiedError) => boolean;
}

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
   * Runs one API call. A failure becomes a gap record and an `ok: false` result; an
   * interrupt propagates so the task stops.
   */
  async call<T>(operation: string, run: () => Promise<T>, options: CallOptions = {}): Promise<CallResult<T>> {
    this.signal.throwIfAborted();
    try {
      const value = await run();
      this.#sink.call?.('ok');
      return { ok: true, value };
    } catch (e) {
      const error = this.#failure(operation, e, options);
      return { ok: false, error };
    }
  }

  /**
   * Reads every page of a listing (`paging.ts`). A page that fails keeps the pages before
   * it: `value` holds their items, and the gap says which page failed.
   */
  async list<P, I>(operation: string, spec: PageSpec<P, I>, options: CallOptions = {}): Promise<ListResult<I>> {
    this.signal.throwIfAborted();
    const counted: PageSpec<P, I> = {
      ...spec,
      page: async (token) => {
        const page = await spec.page(token);
        this.#sink.call?.('ok');
        return page;
      },
    };
    try {
      return { ok: true, value: await readPages(operation, counted) };
    } catch (e) {
      const partial = e instanceof PartialListing ? (e as PartialListing<I>) : undefined;
      const kept = partial !== undefined && partial.page > 1 ? partial : undefined;
      const error = this.#failure(operation, partial?.cause ?? e, options, (c) =>
        kept === undefined
          ? c
          : {
              ...c,
              message: `page ${kept.page} of the listing: ${c.message} (the ${kept.items.length} items of the pages before it are kept)`,
            },
      );
      return { ok: false, error, value: partial?.items ?? [] };
    }
  }

  /** Classifies a failed call and records its gap; rethrows an interrupt. */
  #failure(
    operation: string,
    e: unknown,
    options: CallOptions,
    describe: (c: ClassifiedError) => ClassifiedError = (c) => c,
  ): ClassifiedError {
    if (this.signal.aborted) throw this.signal.reason;
    const classified = classifyError(e);
    if (classified.kind === 'aborted') throw e;
    const error = describe(classified);
    if (options.expected?.(classified)) this.#sink.call?.('ok');
    else {
      this.#sink.call?.('failed');
      this.recordGap(operation, error, options);
    }
    return error;
  }
}
