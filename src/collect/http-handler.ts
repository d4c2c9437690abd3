/**
 * The HTTP handler of every SDK client of a scan: Node's, with deadlines that throw (a
 * connection that does not open, an answer that does not come, a body that stops half-way:
 * each is a `TimeoutError`, which the retry strategy retries and then becomes a gap), and
 * the scan's stop signal on every request, however it was sent (paginated listings and
 * STS included), so that an interrupt or a deadline ends the requests in flight at once.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, NodeHttpHandlerOptions } from '@smithy/types';
import { abortsWith, borrowSignal } from './signals.ts';

type Inner = ReturnType<typeof NodeHttpHandler.create>;
type HandleRequest = Parameters<Inner['handle']>[0];
type HandleResult = ReturnType<Inner['handle']>;

export interface DeadlineOptions {
  connectionTimeoutMs: number;
  /** The whole wait for an answer, and the longest pause while it arrives. */
  requestTimeoutMs: number;
}

export class ScanHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  readonly #inner: NodeHttpHandler;
  readonly #signal: AbortSignal | undefined;

  constructor(deadlines: DeadlineOptions, signal?: AbortSignal) {
    const options: NodeHttpHandlerOptions = {
      connectionTimeout: deadlines.connectionTimeoutMs,
      requestTimeout: deadlines.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: deadlines.requestTimeoutMs,
    };
    this.#inner = new NodeHttpHandler(options);
    this.#signal = signal;
  }

  handle(request: HandleRequest, options: HttpHandlerOptions = {}): HandleResult {
    const own = options.abortSignal as AbortSignal | undefined;
    const scan = this.#signal;
    // A task's signal already aborts with the scan's; both are heard only for a signal that does not.
    const sources = own === undefined ? (scan ? [scan] : []) : scan === undefined || abortsWith(own, scan) ? [own] : [scan, own];
    if (sources.length === 0) return this.#inner.handle(request, options);
    // The handler listens on a signal of this request's own until the request closes.
    const loan = borrowSignal(...sources);
    return this.#inner.handle(request, { ...options, abortSignal: loan.signal }).finally(loan.release);
  }

  updateHttpClientConfig(key: keyof NodeHttpHandlerOptions, value: NodeHttpHandlerOptions[typeof key]): void {
    this.#inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.#inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.#inner.destroy();
  }
}
