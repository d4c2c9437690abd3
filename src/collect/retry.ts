/**
 * The SDK's adaptive retry strategy (client-side rate limiting plus backoff), except that
 * an answer that did not come from AWS is not retried: an emulator answers HTTP 500 with
 * an HTML page for an operation it lacks, and asking again only wastes the attempts. A
 * malformed answer (`responses.ts`) is asked for once more, and a request that timed out
 * at most twice more: each such wait costs a whole request deadline.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken, StandardRetryToken } from '@smithy/types';
import { classifyError } from './aws-errors.ts';

/** Retries of one request after a malformed answer, and after a timeout. */
const MALFORMED_RETRIES = 1;
const TIMEOUT_RETRIES = 2;

export class ScanRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'adaptive';
  readonly #adaptive: AdaptiveRetryStrategy;
  /** Malformed answers and timeouts so far, per request (carried from token to token). */
  readonly #spent = new WeakMap<RetryToken, { malformed: number; timeouts: number }>();

  constructor(maxAttempts: number) {
    this.#adaptive = new AdaptiveRetryStrategy(maxAttempts);
  }

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.#adaptive.acquireInitialRetryToken(scope);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const kind = classifyError(errorInfo.error).kind;
    if (kind === 'non-aws') throw new Error('not retried: the answer did not come from AWS');
    const spent = { ...(this.#spent.get(token) ?? { malformed: 0, timeouts: 0 }) };
    let info = errorInfo;
    if (kind === 'malformed') {
      if (spent.malformed >= MALFORMED_RETRIES) throw new Error('not retried again: the answer was malformed twice');
      spent.malformed++;
      // The SDK sees a client error in an answer it could parse; it is worth one more try.
      info = { ...errorInfo, errorType: 'TRANSIENT' };
    } else if (kind === 'timeout') {
      if (spent.timeouts >= TIMEOUT_RETRIES) throw new Error('not retried again: the request timed out every time');
      spent.timeouts++;
    }
    const next = await this.#adaptive.refreshRetryTokenForRetry(token as StandardRetryToken, info);
    this.#spent.set(next, spent);
    return next;
  }

  recordSuccess(token: RetryToken): void {
    this.#adaptive.recordSuccess(token as StandardRetryToken);
  }
}
