/**
 * Lambda's time limit: watch the remaining time and, when it runs low, stop starting new
 * work so that what was collected can still be evaluated and written.
 */
import { ScanStopped } from '../collect/stop.ts';

export interface LambdaContextLike {
  getRemainingTimeInMillis(): number;
}

/**
 * Time kept for evaluating and writing the reports once collection stops: 20 % of the
 * remaining time, at least 10 s and at most 90 s.
 */
export function reserveFor(remainingMs: number): number {
  return Math.min(90_000, Math.max(10_000, Math.round(remainingMs * 0.2)));
}

/** Aborts the returned signal with ScanStopped('deadline') when only the reserve is left. */
export function watchDeadline(
  context: LambdaContextLike,
  reserveMs = reserveFor(context.getRemainingTimeInMillis()),
): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  const check = () => {
    if (context.getRemainingTimeInMillis() <= reserveMs) {
      controller.abort(new ScanStopped('deadline', `the Lambda function had ${context.getRemainingTimeInMillis()} ms left`));
      clearInterval(timer);
    }
  };
  const timer = setInterval(check, 250);
  timer.unref();
  check();
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}
