/**
 * What a collector is and what it gets to work with. One collector per service; each is
 * split into the API calls (`<service>/collector.ts`: paging, per-resource calls) and a pure
 * mapping from API responses to graph nodes and edges (`<service>/map.ts`, each mapper
 * returning a `Mapped`). A collector sends every command through `ctx.send` or
 * `ctx.paginate`, and adds every mapped resource through `ctx.add`.
 */
import type { PendingEdge } from '../graph/build.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import { classifyError, type ClassifiedError } from './aws-errors.ts';
import { serviceModule } from '../services/registry.ts';
import { childSignal } from './signals.ts';
import { moduleClients } from '../services/service.ts';
import type { ClientFactory, SdkClient, SdkClientClass } from './clients.ts';
import { operationName, type CommandClient, type OutputOf, type SdkCommand } from './command.ts';
import type { Mapped } from './mapped.ts';
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

/**
 * The outcome of one API call: the response, or the classified error (already recorded as
 * a gap, unless `expected`) and the operation that failed.
 */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ClassifiedError; operation: string };

/** The outcome of a listing: every item, or the items of the pages read before it failed (the gap says where). */
export type ListResult<I> = { ok: true; value: I[] } | { ok: false; error: ClassifiedError; operation: string; value: I[] };

/** What the gap record of a failed call says besides the operation, and which errors are answers. */
export interface CallOptions {
  /** The resource whose data the call reads: a failure hides only its data. */
  resource?: string;
  /** The gap's region, when not the task's ('' for a global listing). */
  region?: string;
  /** An error that is an answer ("no policy"), not a failure: no gap. */
  expected?: (e: ClassifiedError) => boolean;
}

/**
 * One paginated listing: the command for a page, given the marker of the previous one
 * (undefined for the first), and where a page keeps its next marker and its items.
 */
export interface Paged<C extends SdkCommand, I> {
  command(token: string | undefined): C;
  next(page: OutputOf<C>): string | undefined;
  items(page: OutputOf<C>): readonly I[] | undefined;
  /** Services with a separate "more pages follow" flag (KMS `Truncated`): a page that sets it must give a marker. */
  truncated?(page: OutputOf<C>): boolean | undefined;
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
    // The task's own signal, aborted with the scan's: the SDK adds a listener to the signal of
    // every request while it waits for a retry token, and on the scan's one signal those of
    // every request in flight would pile up (each new one slower to add than the last).
    this.signal = childSignal(o.signal);
    this.#clients = o.clients;
    this.#sink = o.sink;
  }

  /**
   * The SDK client for this task's account in `region` (default: the task's region), under the
   * module's client namespace, or `name` when the module declares it among `api.otherClients`.
   */
  client<C extends SdkClient>(create: SdkClientClass<C>, region: string = this.region, name?: string): C {
    const module = serviceModule(this.service);
    if (name !== undefined && !moduleClients(module).includes(name)) throw new Error(`${this.service} declares no client ${name}`);
    return this.#clients.get(name ?? module.api.client, create, this.account, region);
  }

  /** Adds a mapped resource to the collection: its node, then its pending edges. */
  add(mapped: Mapped): void {
    this.#sink.node(mapped.node);
    for (const edge of mapped.edges) this.#sink.edge(edge);
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
   * Sends one command with the task's stop signal. A failure becomes a gap record (named
   * by the command's operation, and `options.resource`) and an `ok: false` result; an
   * interrupt propagates so the task stops.
   */
  async send<C extends SdkCommand>(
    client: CommandClient<NoInfer<C>>,
    command: C,
    options: CallOptions = {},
  ): Promise<CallResult<OutputOf<C>>> {
    const operation = operationName(command);
    this.signal.throwIfAborted();
    try {
      const value = await client.send(command, { abortSignal: this.signal });
      this.#sink.call?.('ok');
      return { ok: true, value };
    } catch (e) {
      const error = this.#failure(operation, e, options);
      return { ok: false, error, operation };
    }
  }

  /**
   * Reads every page of a listing (`readPages`), one command per page, each with the task's
   * stop signal. A page that fails keeps the pages before it: `value` holds their items,
   * and the gap says which page failed.
   */
  async paginate<C extends SdkCommand, I>(
    client: CommandClient<NoInfer<C>>,
    paged: Paged<C, I>,
    options: CallOptions = {},
  ): Promise<ListResult<I>> {
    const first = paged.command(undefined);
    const spec: PageSpec<OutputOf<C>, I> = {
      page: (token) => client.send(token === undefined ? first : paged.command(token), { abortSignal: this.signal }),
      next: (page) => paged.next(page),
      items: (page) => paged.items(page),
      truncated: (page) => paged.truncated?.(page),
    };
    return this.#list(operationName(first), spec, options);
  }

  async #list<P, I>(operation: string, spec: PageSpec<P, I>, options: CallOptions): Promise<ListResult<I>> {
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
      return { ok: false, error, operation, value: partial?.items ?? [] };
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
