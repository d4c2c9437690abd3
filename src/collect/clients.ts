/**
 * SDK clients, one per (account, region, service), built with adaptive retries, the call
 * counter and the pacer in their middleware stacks, the answer checks (`responses.ts`),
 * and an HTTP handler whose every request has a deadline and the scan's stop signal.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SERVICE_LIST } from '../services/registry.ts';
import { moduleClients } from '../services/service.ts';
import { headerValue, isThrottlingError } from './aws-errors.ts';
import type { CallCounter } from './call-counter.ts';
import { ScanHttpHandler } from './http-handler.ts';
import type { Pacer } from './pacing.ts';
import { RESPONSE_SHAPES } from './response-shapes.ts';
import { borrowSignal } from './signals.ts';
import { bodyProblem, MalformedResponseError, outputProblem, type ResponseShapes } from './responses.ts';
import { ScanRetryStrategy } from './retry.ts';

/** What the factory needs of an SDK client. */
export interface SdkClient {
  middlewareStack: unknown;
  destroy(): void;
}

/** An SDK client class (`KMSClient`): its constructor takes the client configuration. */
export type SdkClientClass<C extends SdkClient = SdkClient> = new (config: never) => C;

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Something every client of the factory goes through: used by tests to add headers or a mocked handler. */
export type ClientCustomizer = (client: SdkClient, name: string, account: string, region: string) => void;

export interface ClientFactoryOptions {
  credentialsFor: (account: string) => Credentials;
  endpoint?: string;
  counter: CallCounter;
  pacer?: Pacer;
  /** Attempts per request, the first included (adaptive retry mode). */
  maxAttempts?: number;
  customize?: ClientCustomizer;
  /** Deadline of one HTTP attempt (connection, answer, and every pause in the body); it throws and is retried. */
  requestTimeoutMs?: number;
  /** The scan's stop signal: it aborts every request in flight, and no attempt starts once it is aborted. */
  signal?: AbortSignal;
  /** The answer shapes to check (default: every collector's and the scope calls' declared shapes). */
  responseShapes?: ResponseShapes;
}

/** Default deadline of one HTTP attempt (`--request-timeout`). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Deadline of opening a connection. */
const CONNECT_TIMEOUT_MS = 5_000;

interface MiddlewareArgs {
  request?: unknown;
}
/** Where an attempt's pacer callback waits, in the SDK's handler context, for the request to leave. */
const LEAVING = Symbol('cryptoposture.leaving');

interface HandlerContext {
  commandName?: string;
  [LEAVING]?: (() => void) | undefined;
}
interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: unknown;
}

export class ClientFactory {
  readonly #options: ClientFactoryOptions;
  readonly #clients = new Map<string, SdkClient>();
  readonly #credentials = new Map<string, Credentials>();

  constructor(options: ClientFactoryOptions) {
    this.#options = options;
  }

  /** Uses `credentials` for `account` from now on (an assumed role), replacing its clients. */
  useCredentials(account: string, credentials: Credentials): void {
    this.#credentials.set(account, credentials);
    for (const [key, client] of this.#clients) {
      if (key.startsWith(`${account}|`)) {
        client.destroy();
        this.#clients.delete(key);
      }
    }
  }

  /** An HTTP handler with the scan's deadlines and stop signal, for SDK clients built elsewhere (the STS client that assumes roles). */
  httpHandler(): ScanHttpHandler {
    const o = this.#options;
    return new ScanHttpHandler(
      { connectionTimeoutMs: CONNECT_TIMEOUT_MS, requestTimeoutMs: o.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS },
      o.signal,
    );
  }

  /**
   * The client of `name` (the API namespace: `kms`, `ec2`; quotas, call counts and answer
   * checks are keyed by it), built with `create`, for `account` in `region`.
   */
  get<C extends SdkClient>(name: string, create: SdkClientClass<C>, account: string, region: string): C {
    const key = `${account}|${region}|${name}`;
    let client = this.#clients.get(key) as C | undefined;
    if (!client) {
      client = this.#create(name, create, account, region);
      this.#clients.set(key, client);
    }
    return client;
  }

  #create<C extends SdkClient>(name: string, create: SdkClientClass<C>, account: string, region: string): C {
    const o = this.#options;
    const timeoutMs = o.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const Client = create as unknown as new (config: object) => C;
    const client = new Client({
      region,
      credentials: this.#credentials.get(account) ?? o.credentialsFor(account),
      retryStrategy: new ScanRetryStrategy(o.maxAttempts ?? 8),
      requestHandler: this.httpHandler(),
      ...(o.endpoint ? { endpoint: o.endpoint } : {}),
      ...serviceModuleOfClient(name)?.api.sdkConfig?.({ endpoint: o.endpoint }),
    });
    const service = name;
    const shapes = o.responseShapes ?? RESPONSE_SHAPES;
    const operationOf = (context: HandlerContext) => (context.commandName ?? 'Unknown').replace(/Command$/, '');
    const stack = client.middlewareStack as unknown as {
      add(mw: unknown, options: object): void;
      addRelativeTo(mw: unknown, options: object): void;
    };
    // Inside the retry loop, so that every attempt is paced and counted.
    stack.addRelativeTo(
      (next: (args: MiddlewareArgs) => Promise<unknown>, context: HandlerContext) => async (args: MiddlewareArgs) => {
        const operation = operationOf(context);
        o.signal?.throwIfAborted();
        // The pacer's bucket refills from when its first request leaves: the innermost middleware
        // below says when, and the end of the attempt if it never got that far.
        const leaving = await o.pacer?.acquire(account, region, service, operation, o.signal);
        context[LEAVING] = leaving;
        try {
          const result = await next(args);
          o.counter.record({ account, region, service, operation }, 'ok');
          return result;
        } catch (error) {
          o.counter.record({ account, region, service, operation }, isThrottlingError(error) ? 'throttled' : 'error');
          throw error;
        } finally {
          leaving?.();
        }
      },
      { relation: 'after', toMiddleware: 'retryMiddleware', name: 'cryptopostureAttempts', override: true },
    );
    // The raw answer, before the SDK parses it: a 2xx body must be the service's protocol.
    stack.add(
      (next: (args: MiddlewareArgs) => Promise<{ response: RawResponse }>, context: HandlerContext) => async (args: MiddlewareArgs) => {
        // Signed and serialized: the request leaves now.
        context[LEAVING]?.();
        const result = await next(args);
        const { response } = result;
        const operation = operationOf(context);
        if (response.statusCode >= 200 && response.statusCode < 300 && shapes[`${service}:${operation}`] !== undefined) {
          const body = await readBody(response.body, timeoutMs, o.signal);
          response.body = body;
          const problem = bodyProblem(service, operation, headerValue(response.headers, 'content-type'), body);
          if (problem) throw new MalformedResponseError(`${service}:${operation}`, problem, response.statusCode);
        }
        return result;
      },
      { step: 'deserialize', priority: 'low', name: 'cryptopostureAnswerBody', override: true },
    );
    // The parsed answer: it must have the shape the collector relies on.
    stack.add(
      (next: (args: MiddlewareArgs) => Promise<{ output: unknown }>, context: HandlerContext) => async (args: MiddlewareArgs) => {
        const key = `${service}:${operationOf(context)}`;
        let result: { output: unknown };
        try {
          result = await next(args);
        } catch (error) {
          throw unparsedAnswer(key, error) ?? error;
        }
        const problem = outputProblem(shapes, key, result.output);
        if (problem) throw new MalformedResponseError(key, problem, 200);
        return result;
      },
      { step: 'deserialize', priority: 'high', name: 'cryptopostureAnswerShape', override: true },
    );
    o.customize?.(client, name, account, region);
    return client;
  }

  destroy(): void {
    for (const client of this.#clients.values()) client.destroy();
    this.#clients.clear();
  }
}

/** A successful answer the SDK could not parse (a truncated or garbled body) is malformed, not a service error. */
function unparsedAnswer(key: string, error: unknown): MalformedResponseError | undefined {
  const e = error as { $fault?: unknown; $response?: { statusCode?: number }; name?: string; message?: string } | undefined;
  const status = e?.$response?.statusCode;
  if (e === undefined || e instanceof MalformedResponseError || e.$fault !== undefined || status === undefined) return undefined;
  if (status < 200 || status >= 300) return undefined;
  return new MalformedResponseError(
    key,
    `HTTP ${status} with a body that could not be parsed (${e.name ?? 'Error'}: ${e.message ?? ''})`,
    status,
  );
}

/** Reads a whole answer body, within the request's deadline (a body that stalls half-way times out). */
async function readBody(body: unknown, timeoutMs: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  const stream = body as AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void };
  const chunks: Uint8Array[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = Object.assign(new Error(`the answer's body did not arrive within ${timeoutMs} ms`), { name: 'TimeoutError' });
      stream.destroy?.(error);
      reject(error);
    }, timeoutMs);
  });
  const onAbort = () => stream.destroy?.(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  const loan = signal && borrowSignal(signal);
  loan?.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.race([
      (async () => {
        for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      })(),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    loan?.release();
  }
  return Buffer.concat(chunks);
}

/** The service module whose calls use client `name` (none for the scope's STS and Organizations clients). */
function serviceModuleOfClient(name: string) {
  return SERVICE_LIST.find((m) => moduleClients(m).includes(name));
}
