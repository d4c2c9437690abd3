/**
 * The call and time model of a scan: from what the cheap list calls found (a census per
 * task), the API calls the collectors make and the time AWS's request quotas allow them.
 * `scan --plan` prints it before the expensive calls start, the runner orders the detail
 * work by it, the benchmark compares the measured calls and time with it, and a unit test
 * holds the collectors to it exactly.
 *
 * Each service module (`src/services/<service>/index.ts`) declares its part: the calls its
 * census implies and the round trips that must follow each other. This file holds only
 * the arithmetic common to all: a paginated listing costs max(1, ceil(n / page size))
 * calls (one call even when empty, and no trailing empty page), calls are summed per
 * token bucket, and the busiest bucket bounds the scan's time from below.
 */
import type { Service } from '../graph/types.ts';
import { serviceModule, type RegisteredCensus } from '../services/registry.ts';
import { DEFAULT_QUOTAS, quotaBucket, type QuotaTable } from './pacing.ts';

/** What the listing phase of a task found. */
export type Census = RegisteredCensus;

/** The census of one (account, region, service) task; for S3 the region is the one its global calls go to. */
export interface TaskCensus {
  account: string;
  region: string;
  census: Census;
}

/** Expected calls of one operation in one (account, region). `client` is the API namespace (ec2 for EBS). */
export interface PlannedCall {
  account: string;
  region: string;
  service: Service;
  client: string;
  operation: string;
  calls: number;
  /** `list`: the cheap listing before the plan; `detail`: the per-resource calls after it. */
  phase: 'list' | 'detail';
}

/** The calls a task makes, per operation (operations with zero calls left out). */
export function taskCalls(task: TaskCensus): PlannedCall[] {
  const { account, region, census } = task;
  const module = serviceModule(census.service);
  return module
    .calls(census)
    .filter((c) => c.calls > 0)
    .map((c) => ({
      account,
      region: c.region ?? region,
      service: module.name as Service,
      client: c.client ?? module.api.client,
      operation: c.operation,
      calls: c.calls,
      phase: c.phase,
    }));
}

/**
 * Round trips a task needs one after the other (each waits for the previous answer), in
 * its listing and its detail phase. Detail calls of different resources run in parallel.
 */
export function sequentialRoundTrips(census: Census): { list: number; detail: number } {
  return serviceModule(census.service).roundTrips(census);
}

/** The busiest token bucket: the quota that bounds the scan's time from below. */
export interface QuotaBound {
  account: string;
  region: string;
  /** The quota's name: `service:Operation`, or a group such as `rds:*`. */
  bucket: string;
  calls: number;
  seconds: number;
  rate: number;
  burst: number;
}

/**
 * The least time in which `calls` fit the quotas: each (account, region, bucket) starts
 * full and refills at its rate, so n calls need at least (n - burst) / rate seconds.
 */
export function quotaBounds(calls: readonly PlannedCall[], quotas: QuotaTable = DEFAULT_QUOTAS): QuotaBound[] {
  const byBucket = new Map<string, QuotaBound>();
  for (const call of calls) {
    const bucket = quotaBucket(quotas, call.client, call.operation);
    if (!bucket) continue;
    const key = `${call.account}|${call.region}|${bucket.name}`;
    const entry = byBucket.get(key) ?? {
      account: call.account,
      region: call.region,
      bucket: bucket.name,
      calls: 0,
      seconds: 0,
      rate: bucket.quota.rate,
      burst: bucket.quota.burst,
    };
    entry.calls += call.calls;
    entry.seconds = Math.max(0, (entry.calls - entry.burst) / entry.rate);
    byBucket.set(key, entry);
  }
  return [...byBucket.values()].sort((a, b) => b.seconds - a.seconds || b.calls - a.calls || a.bucket.localeCompare(b.bucket));
}

export interface ServicePlan {
  /** Calls of the listing phase (already made when the plan is printed). */
  list: number;
  /** Calls of the detail phase. */
  detail: number;
  total: number;
  /** The least time this service's calls need at the quotas. */
  quotaSeconds: number;
  /** Some counts are upper bounds (a census estimated before its detail calls, as KMS's before DescribeKey). */
  estimated: boolean;
}

export interface ScanPlan {
  calls: PlannedCall[];
  services: Partial<Record<Service, ServicePlan>>;
  total: number;
  /** The scan cannot finish faster than this at the documented quotas. */
  quotaBoundSeconds: number;
  /** The quota that sets `quotaBoundSeconds` (absent when nothing is paced). */
  slowest?: QuotaBound;
  /** Round trips that must follow each other: the longest listing, then the longest detail chain. */
  sequentialRoundTrips: number;
}

export interface PlanOptions {
  quotas?: QuotaTable;
  /** Calls made before any collector (GetCallerIdentity, DescribeRegions), as round trips. */
  scopeRoundTrips?: number;
}

export function planScan(tasks: readonly TaskCensus[], options: PlanOptions = {}): ScanPlan {
  const quotas = options.quotas ?? DEFAULT_QUOTAS;
  const calls = tasks.flatMap(taskCalls);
  const services: Partial<Record<Service, ServicePlan>> = {};
  for (const task of tasks) {
    const s = (services[task.census.service] ??= { list: 0, detail: 0, total: 0, quotaSeconds: 0, estimated: false });
    if (task.census.estimated) s.estimated = true;
  }
  for (const call of calls) {
    const s = services[call.service];
    if (!s) continue;
    s[call.phase] += call.calls;
    s.total += call.calls;
  }
  for (const [service, s] of Object.entries(services)) {
    s.quotaSeconds =
      quotaBounds(
        calls.filter((c) => c.service === service),
        quotas,
      )[0]?.seconds ?? 0;
  }
  const bounds = quotaBounds(calls, quotas);
  const chains = tasks.map((t) => sequentialRoundTrips(t.census));
  const slowest = bounds[0];
  return {
    calls,
    services,
    total: calls.reduce((n, c) => n + c.calls, 0),
    quotaBoundSeconds: slowest?.seconds ?? 0,
    ...(slowest ? { slowest } : {}),
    sequentialRoundTrips:
      (options.scopeRoundTrips ?? 0) + Math.max(0, ...chains.map((c) => c.list)) + Math.max(0, ...chains.map((c) => c.detail)),
  };
}

/**
 * The reference time of the performance target: the quota-bound time plus one round trip
 * for every call that has to wait for the previous one.
 */
export function referenceSeconds(plan: ScanPlan, roundTripSeconds: number): number {
  return plan.quotaBoundSeconds + plan.sequentialRoundTrips * roundTripSeconds;
}

/** The least time of one task's detail phase at the quotas (the runner starts the longest first). */
export function detailSeconds(task: TaskCensus, quotas: QuotaTable = DEFAULT_QUOTAS): number {
  return (
    quotaBounds(
      taskCalls(task).filter((c) => c.phase === 'detail'),
      quotas,
    )[0]?.seconds ?? 0
  );
}
