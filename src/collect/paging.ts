import pLimit from 'p-limit';
import { MalformedResponseError } from './responses.ts';

/**
 * Pages one listing may have before it is cut short: a last guard against a service that
 * never stops answering "more" with new markers (10,000 pages of 1,000 items each).
 */
export const MAX_PAGES = 10_000;

/** How to read one paginated listing: one page per call, each call given the previous page's marker. */
export interface PageSpec<P, I> {
  /** Sends the request for one page; `token` is undefined for the first. */
  page(token: string | undefined): Promise<P>;
  /** The marker of the next page; absent on the last page. */
  next(page: P): string | undefined;
  items(page: P): readonly I[] | undefined;
  /** Services with a separate "more pages follow" flag (KMS `Truncated`): a page that sets it must give a marker. */
  truncated?(page: P): boolean | undefined;
}

/** A listing that failed part-way: the items of the pages before the failure, and why it failed. */
export class PartialListing<I> extends Error {
  readonly items: I[];
  /** The page (from 1) that failed. */
  readonly page: number;
  constructor(items: I[], page: number, cause: unknown) {
    super(`page ${page} of the listing failed`, { cause });
    this.name = 'PartialListing';
    this.items = items;
    this.page = page;
  }
}

/**
 * Reads every page of a listing. A page that fails, a "truncated" page without a marker, a
 * marker seen before (a listing that would loop for ever) and the page cap all end the
 * listing with a PartialListing that keeps the pages read before.
 */
export async function readPages<P, I>(operation: string, spec: PageSpec<P, I>, maxPages = MAX_PAGES): Promise<I[]> {
  const items: I[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let n = 1; ; n++) {
    let page: P;
    try {
      page = await spec.page(token);
    } catch (e) {
      throw new PartialListing(items, n, e);
    }
    const next = spec.next(page);
    const malformed = (problem: string) => new PartialListing(items, n, new MalformedResponseError(operation, problem, 200));
    // A page whose marker was used before is dropped: it may repeat items already read.
    if (next !== undefined && next !== '' && (seen.has(next) || next === token)) {
      throw malformed(`page ${n} gives a next-page marker that was already used, so the listing would never end`);
    }
    items.push(...(spec.items(page) ?? []));
    if (next === undefined || next === '') {
      if (spec.truncated?.(page) === true) throw malformed(`page ${n} says more pages follow but gives no marker for the next one`);
      return items;
    }
    if (n >= maxPages)
      throw new PartialListing(items, n + 1, new MalformedResponseError(operation, `the listing has more than ${maxPages} pages`));
    seen.add(next);
    token = next;
  }
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
