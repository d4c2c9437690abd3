/**
 * The SDK's adaptive retry strategy (client-side rate limiting plus backoff), except that
 * an answer that did not come from AWS is not retried: an emulator answers HTTP 500 with
 * an HTML page for an operation it lacks, and asking again only wastes the attempts.
 */
import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken, StandardRetryToken } from '@smithy/types';
import { classifyError } from './aws-errors.ts';

export class ScanRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'adaptive';
  readonly #adaptive: AdaptiveRetryStrategy;

  constructor(maxAttempts: number) {
    this.#adaptive = new AdaptiveRetryStrategy(maxAttempts);
  }

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.#adaptive.acquireInitialRetryToken(scope);
  }

  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (classifyError(errorInfo.error).kind === 'non-aws') {
      return Promise.reject(new Error('not retried: the answer did not come from AWS'));
    }
    return this.#adaptive.refreshRetryTokenForRetry(token as StandardRetryToken, errorInfo);
  }

  recordSuccess(token: RetryToken): void {
    this.#adaptive.recordSuccess(token as StandardRetryToken);
  }
}
