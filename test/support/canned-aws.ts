/**
 * Canned AWS answers at the middleware level, for every collector unit test. A mock that
 * replaces `send` would skip the client stack, so the per-attempt counter of
 * `ClientFactory` would never see a call; here every SDK command goes through the real
 * client stack (retries, the counter, the pacer) and a middleware just inside the counter
 * answers it with the canned output instead of sending a request. A test can then run
 * `collectAll` or `takeSnapshot` and assert `snapshot.scan.apiCalls` or the CallCounter.
 *
 *   const aws = new CannedAws({ ec2: { DescribeVolumes: (input) => ({ Volumes: [] }) } });
 *   await takeSnapshot({ regions, services: ['ebs'], customizeClients: aws.customize });
 *
 * An operation without a canned answer fails with the error code `NotCanned` (a gap in the
 * scan), so a test sees exactly which calls it did not expect.
 */
import type { MiddlewareStack } from '@smithy/types';
import { CallCounter, ClientFactory, type ClientCustomizer } from '../../src/collect/index.ts';

/** An SDK client's API namespace (`ec2`, `rds`, `kms`, `sts`, ...). */
type ClientName = string;

/** Which client answered a call and for whom. */
export interface CannedCallContext {
  client: ClientName;
  account: string;
  region: string;
}

/** A recorded call: the command's input as the collector sent it. */
export interface CannedCall extends CannedCallContext {
  operation: string;
  input: Record<string, unknown>;
}

/**
 * Answers one operation: returns the command output (without `$metadata`), or throws an
 * error built with `awsError` / `nonAwsAnswer`. The input is typed loosely on purpose:
 * answers read the fields they care about.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CannedAnswer = (input: any, call: CannedCallContext) => object | Promise<object>;

/** Answers by client name (`ec2`, `rds`, `kms`, `sts`, ...) and operation name (`DescribeVolumes`). */
export type CannedAnswers = Partial<Record<ClientName, Record<string, CannedAnswer>>>;

/** The name the project's counter middleware is registered under (src/collect/clients.ts). */
const COUNTER_MIDDLEWARE = 'cryptopostureAttempts';

export class CannedAws {
  readonly calls: CannedCall[] = [];
  readonly #answers: CannedAnswers;

  constructor(answers: CannedAnswers) {
    this.#answers = answers;
  }

  /** A ClientCustomizer for `ClientFactory` or `takeSnapshot({ customizeClients })`. */
  readonly customize: ClientCustomizer = (client, name, account, region) => {
    const stack = client.middlewareStack as unknown as MiddlewareStack<object, object>;
    stack.addRelativeTo(
      ((_next: unknown, context: { commandName?: string }) => async (args: { input?: object }) => {
        const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const input = (args.input ?? {}) as Record<string, unknown>;
        const call: CannedCallContext = { client: name, account, region };
        this.calls.push({ ...call, operation, input: structuredClone(input) });
        const answer = this.#answers[name]?.[operation];
        if (answer === undefined) throw awsError('NotCanned', `the test gave no canned answer for ${name}:${operation}`);
        const output = await answer(input, call);
        return { output: { $metadata: { httpStatusCode: 200, attempts: 1 }, ...output }, response: { statusCode: 200, headers: {} } };
      }) as never,
      { relation: 'after', toMiddleware: COUNTER_MIDDLEWARE, name: 'cannedAwsAnswer', override: true },
    );
  };

  /** Calls of one operation (optionally of one client), in the order they were made. */
  callsOf(operation: string, client?: ClientName): CannedCall[] {
    return this.calls.filter((c) => c.operation === operation && (client === undefined || c.client === client));
  }

  /** A client factory answered by this instance: dummy credentials, no pacing, the given counter. */
  clients(counter = new CallCounter(), maxAttempts = 3): ClientFactory {
    return new ClientFactory({
      credentialsFor: () => ({ accessKeyId: 'canned', secretAccessKey: 'canned' }),
      counter,
      maxAttempts,
      customize: this.customize,
    });
  }
}

/** An error as the SDK raises it for an AWS error response (`UnauthorizedOperation`, `AccessDeniedException`, ...). */
export function awsError(code: string, message: string, status = code.includes('Throttl') ? 400 : 403): Error {
  return Object.assign(new Error(message), {
    name: code,
    Code: code,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

/** The error the SDK raises when an emulator answers an operation it lacks with an HTML 500 page. */
export function nonAwsAnswer(): Error {
  return Object.assign(
    new Error(
      "char '<' is not expected.: <html>. Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.",
    ),
    {
      $metadata: { httpStatusCode: 500 },
      $response: { statusCode: 500, headers: { 'content-type': 'text/html; charset=utf-8' } },
    },
  );
}

/**
 * One page of `items` as a paginated AWS API returns it: `size` items from the position the
 * token names, and the token of the next page when more remain.
 */
export function pageOf<T>(items: readonly T[], size: number, token: string | undefined): { items: T[]; next: string | undefined } {
  const start = token === undefined ? 0 : Number(token.replace(/^page-/, ''));
  const end = start + size;
  return { items: items.slice(start, end), next: end < items.length ? `page-${end}` : undefined };
}

/**
 * One answer of a `MaxResults` / `NextToken` listing as AWS gives it: a page size above the
 * API's `max` is a `ValidationException`; `field` holds the page's items, and `NextToken`
 * the next page's token while more remain.
 */
export function tokenPage<T>(field: string, items: readonly T[], max: number, input: { MaxResults?: number; NextToken?: string }): object {
  const size = input.MaxResults ?? max;
  if (size > max) throw awsError('ValidationException', `MaxResults must be at most ${max}`, 400);
  const page = pageOf(items, size, input.NextToken);
  return { [field]: page.items, ...(page.next === undefined ? {} : { NextToken: page.next }) };
}
