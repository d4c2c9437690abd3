/**
 * The HTTP handler of every SDK client of a scan: Node's, with deadlines that throw (a
 * connection that does not open, an answer that does not come, a body that stops half-way:
 * each is a `TimeoutError`, which the retry strategy retries and then becomes a gap), and
 * the scan's stop signal on every request, however it was sent (paginated listings and
 * STS included), so that an interrupt or a deadline ends the requests in flight at once.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, NodeHttpHandlerOptions } from '@smithy/types';

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
    const signals = [this.#signal, own].filter((s): s is AbortSignal => s !== undefined);
    // A signal of its own per request (AbortSignal.any adds no listener to its sources):
    // the handler listens on it, and the scan's one signal does not collect a listener per request.
    const abortSignal = signals.length === 0 ? undefined : AbortSignal.any(signals);
    return this.#inner.handle(request, { ...options, ...(abortSignal === undefined ? {} : { abortSignal }) });
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
