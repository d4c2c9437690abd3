/**
 * Counts every HTTP attempt per (account, region, service, operation), retries included,
 * with throttled and failed attempts apart. The counts go into the snapshot.
 */
import type { ApiCallCount } from '../graph/snapshot-types.ts';
import { compare } from '../graph/graph.ts';

export interface CallKey {
  account: string;
  region: string;
  service: string;
  operation: string;
}

export class CallCounter {
  readonly #counts = new Map<string, ApiCallCount>();
  #total = 0;

  record(key: CallKey, outcome: 'ok' | 'throttled' | 'error'): void {
    const id = `${key.account}|${key.region}|${key.service}|${key.operation}`;
    let entry = this.#counts.get(id);
    if (!entry) {
      entry = { ...key, attempts: 0, throttled: 0, errors: 0 };
      this.#counts.set(id, entry);
    }
    entry.attempts++;
    if (outcome === 'throttled') entry.throttled++;
    else if (outcome === 'error') entry.errors++;
    this.#total++;
  }

  get total(): number {
    return this.#total;
  }

  /** Sorted, for a deterministic snapshot. */
  counts(): ApiCallCount[] {
    return [...this.#counts.values()]
      .map((c) => ({ ...c }))
      .sort(
        (a, b) =>
          compare(a.account, b.account) ||
          compare(a.region, b.region) ||
          compare(a.service, b.service) ||
          compare(a.operation, b.operation),
      );
  }

  /** Attempts per `service:Operation`, summed over accounts and regions. */
  byOperation(): Map<string, number> {
    const result = new Map<string, number>();
    for (const c of this.#counts.values()) {
      const key = `${c.service}:${c.operation}`;
      result.set(key, (result.get(key) ?? 0) + c.attempts);
    }
    return result;
  }
}
