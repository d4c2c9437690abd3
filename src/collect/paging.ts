import pLimit from 'p-limit';

/** Collects the items of every page of an SDK paginator. */
export async function allPages<P, I>(pages: AsyncIterable<P>, items: (page: P) => readonly I[] | undefined): Promise<I[]> {
  const result: I[] = [];
  for await (const page of pages) result.push(...(items(page) ?? []));
  return result;
}

/** Runs `fn` over `items` with at most `concurrency` at once, results in input order. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(concurrency);
  return Promise.all(items.map((item) => limit(() => fn(item))));
}

/** A Date or string from the SDK as an ISO 8601 string. */
export function iso(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Drops properties whose value is undefined, so absent data stays absent in the snapshot. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
