/**
 * Runs the collectors: every (account, service, region) task concurrently, in two phases.
 * First each task's cheap list calls (p-limit, `LISTINGS_PER_TASK_SLOT` per detail slot);
 * as soon as a task's own listing has ended, its detail phase queues for a slot (p-queue),
 * the one with the longest quota-bound time first, and a paced phase in a lane of its own
 * (`PACED_DETAIL_SECONDS`). Once every listing has ended, the call and time plan is made
 * from the censuses (`onPlan`). With `detailsAfterPlan` (`scan --plan`) no detail phase
 * starts before the plan has been handed over. Failures are data (gaps); an interrupt or a
 * deadline stops new work, keeps what was collected, and reports what did not finish.
 *
 * Details no longer wait for the slowest listing: a listing paced by a low quota (CloudWatch
 * Logs' 3,000 log groups a region at 5 pages a second) once held back every detail call of a
 * large account for 11 s during which the CPU had nothing to do.
 */
import pLimit from 'p-limit';
import PQueue from 'p-queue';
import type { CollectedData, PendingEdge } from '../graph/build.ts';
import type { CollectionCoverage, UnfinishedTask } from '../graph/snapshot-types.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import type { ClientFactory } from './clients.ts';
import { CollectContext, type Collector, type Listing } from './collector.ts';
import type { QuotaTable } from './pacing.ts';
import { detailSeconds, planScan, taskCalls, type ScanPlan, type TaskCensus } from './plan.ts';
import { COLLECTORS } from './registry.ts';
import { ScanStopped } from './stop.ts';

export { ScanStopped };

export interface CollectProgress {
  tasksDone: number;
  tasksTotal: number;
  gaps: number;
  /** The task that just finished. */
  task: { account: string; region: string; service: Service };
}

/**
 * Listings run at once per detail phase that may run at once (`concurrency`). A listing
 * reads its pages one after the other (a few listings side by side at most: RDS reads four),
 * while a detail phase fans out to up to 16 requests; so `concurrency` x 4 listings keep about
 * as many requests in flight as `concurrency` detail phases. With one slot per listing, a
 * listing paced by a low quota (CloudWatch Logs: 60 pages of log groups at 5 requests per
 * second, 11 s) held a slot that the short listings queued for, and the listing phase of the
 * large benchmark account took 28 s instead of its longest listing's 11 s.
 */
export const LISTINGS_PER_TASK_SLOT = 4;

/**
 * A detail phase that its quotas hold for this long or longer (its census at the quota's
 * rate, past the burst) is _paced_: it spends its time waiting for tokens, with a request or
 * two in flight and little CPU. Paced phases run in a lane of their own, `concurrency` at
 * once beside the others, so that a quota that sets the scan's pace (ACM's 10 certificates a
 * second) does not wait for a slot behind the CPU-bound phases of tasks that listed first,
 * and does not hold one of their slots while it waits.
 */
export const PACED_DETAIL_SECONDS = 0.5;

export interface CollectRequest {
  accounts: readonly string[];
  regions: readonly string[];
  /** The regions of one account, when accounts differ (opt-in regions); default `regions`. */
  regionsFor?: (account: string) => readonly string[];
  services: readonly Service[];
  partition: string;
  clients: ClientFactory;
  collectors?: Partial<Record<Service, Collector>>;
  /**
   * Detail phases at once (default 12), and as many paced ones (`PACED_DETAIL_SECONDS`) beside
   * them; listings run `LISTINGS_PER_TASK_SLOT` times as many.
   */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Called with the plan once every listing has ended (awaited). Details of tasks whose listing
   * ended earlier may already run, unless `detailsAfterPlan` holds them until it returns.
   */
  onPlan?: (plan: ScanPlan) => void | Promise<void>;
  /** No detail call before `onPlan` has returned (`scan --plan`); default false. */
  detailsAfterPlan?: boolean;
  /** The quotas the plan's time is computed at (default: the pacer's defaults). */
  quotas?: QuotaTable;
  /** Round trips made before collection (caller identity, regions), for the plan. */
  scopeRoundTrips?: number;
}

export interface CollectOutcome {
  data: CollectedData;
  unfinished: UnfinishedTask[];
  /** The plan made after the listing phase. */
  plan: ScanPlan;
  /** Calls planned and succeeded (`CollectionCoverage`). */
  coverage: CollectionCoverage;
}

interface Task {
  account: string;
  region: string;
  service: Service;
  collector: Collector;
  ctx?: CollectContext;
  listing?: Listing;
  /** Calls answered and failed (gaps) so far, and those of the listing phase. */
  calls: { ok: number; failed: number; listed: number };
}

export async function collectAll(request: CollectRequest): Promise<CollectOutcome> {
  const collectors = request.collectors ?? COLLECTORS;
  const nodes: GraphNode[] = [];
  const pending: PendingEdge[] = [];
  const gaps: Gap[] = [];
  const unfinished: UnfinishedTask[] = [];
  const signal = request.signal ?? new AbortController().signal;
  const tasks: Task[] = [];
  for (const account of request.accounts) {
    for (const service of request.services) {
      const collector = collectors[service];
      if (!collector) {
        gaps.push({
          account,
          region: '',
          service,
          operation: '*',
          code: 'NoCollector',
          message: `this version of cryptoposture has no collector for ${service}`,
        });
        continue;
      }
      const accountRegions = request.regionsFor?.(account) ?? request.regions;
      const regions = collector.scope === 'global' ? [accountRegions[0] ?? 'us-east-1'] : accountRegions;
      for (const region of regions) tasks.push({ account, region, service, collector, calls: { ok: 0, failed: 0, listed: 0 } });
    }
  }

  const concurrency = request.concurrency ?? 12;
  const listingLimit = pLimit(concurrency * LISTINGS_PER_TASK_SLOT);
  let done = 0;
  const stopReason = (): UnfinishedTask['reason'] => (signal.reason instanceof ScanStopped ? signal.reason.reason : 'interrupted');
  const markUnfinished = (task: Task, reason: UnfinishedTask['reason']) => {
    const region = task.collector.scope === 'global' ? '' : task.region;
    unfinished.push({ account: task.account, region, service: task.service, reason });
    gaps.push({
      account: task.account,
      region,
      service: task.service,
      operation: '*',
      code: reason === 'deadline' ? 'DeadlineReached' : reason === 'interrupted' ? 'Interrupted' : 'NotStarted',
      message:
        reason === 'not-started'
          ? 'the scan stopped before this service was collected'
          : `collection of this service did not finish: ${(signal.reason as Error | undefined)?.message ?? reason}`,
    });
  };

  const context = (task: Task) =>
    new CollectContext({
      account: task.account,
      region: task.region,
      partition: request.partition,
      regions: request.regionsFor?.(task.account) ?? request.regions,
      service: task.service,
      clients: request.clients,
      signal,
      sink: {
        node: (n) => nodes.push(n),
        edge: (e) => pending.push(e),
        gap: (g) => gaps.push(g),
        call: (outcome) => (outcome === 'ok' ? task.calls.ok++ : task.calls.failed++),
      },
    });

  const finish = (task: Task) => {
    done++;
    request.onProgress?.({
      tasksDone: done,
      tasksTotal: tasks.length,
      gaps: gaps.length,
      task: { account: task.account, region: task.region, service: task.service },
    });
  };

  /** Runs one phase of a task; false when the task ended (stopped, or a collector bug). */
  const attempt = async (task: Task, phase: () => Promise<void>): Promise<boolean> => {
    if (signal.aborted) {
      markUnfinished(task, 'not-started');
      return false;
    }
    try {
      await phase();
      return true;
    } catch (error) {
      // Nodes and edges of a task are kept even when it is cut short: what was read is true.
      if (signal.aborted) markUnfinished(task, stopReason());
      else {
        // A bug in a collector must not end the scan: the rest goes on, and the gap says what broke.
        gaps.push({
          account: task.account,
          region: task.collector.scope === 'global' ? '' : task.region,
          service: task.service,
          operation: '*',
          code: 'CollectorError',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
      return false;
    }
  };

  // A task's listing, then (once a detail slot is free) its details. Without `detailsAfterPlan`
  // a task's details may start as soon as its own listing has ended, while other listings still
  // wait on their quotas; with it, no detail call is made before the plan.
  const quotas = request.quotas;
  const lanes = {
    paced: new PQueue({ concurrency, autoStart: !request.detailsAfterPlan }),
    other: new PQueue({ concurrency, autoStart: !request.detailsAfterPlan }),
  };
  const expected = (t: Task) =>
    t.listing ? detailSeconds({ account: t.account, region: t.region, census: t.listing.census }, quotas) : Number.POSITIVE_INFINITY;
  const listed: Task[] = [];
  const detailRuns: Promise<void>[] = [];
  const listings = tasks.map((task) =>
    listingLimit(async () => {
      const ctx = context(task);
      task.ctx = ctx;
      const list = task.collector.list;
      const ok = await attempt(task, async () => {
        if (list) task.listing = await list(ctx);
      });
      task.calls.listed = task.calls.ok + task.calls.failed;
      if (!ok) {
        finish(task);
        return;
      }
      listed.push(task);
      // In each lane, the details with the longest quota-bound time first (one quota may hold a task for minutes).
      const seconds = expected(task);
      const lane = Number.isFinite(seconds) && seconds >= PACED_DETAIL_SECONDS ? lanes.paced : lanes.other;
      const run = lane.add(
        async () => {
          await attempt(task, () => (task.listing ? task.listing.details() : task.collector.collect(ctx)));
          finish(task);
        },
        { priority: seconds },
      );
      // Awaited after the plan; a failure before then (a progress callback that throws) must
      // not count as unhandled in the meantime.
      run.catch(() => {});
      detailRuns.push(run);
    }),
  );
  await Promise.all(listings);

  // The plan: every task's census is known.
  const censuses: TaskCensus[] = listed.flatMap((t) =>
    t.listing ? [{ account: t.account, region: t.region, census: t.listing.census }] : [],
  );
  const plan = planScan(censuses, {
    ...(quotas === undefined ? {} : { quotas }),
    ...(request.scopeRoundTrips === undefined ? {} : { scopeRoundTrips: request.scopeRoundTrips }),
  });
  try {
    await request.onPlan?.(plan);
  } catch (error) {
    lanes.paced.clear();
    lanes.other.clear();
    throw error;
  }
  lanes.paced.start();
  lanes.other.start();
  await Promise.all(detailRuns);
  return {
    coverage: coverageOf(tasks, unfinished),
    data: {
      nodes,
      pending,
      gaps,
      scope: { accounts: [...request.accounts], regions: [...request.regions], services: [...request.services] },
    },
    unfinished,
    plan,
  };
}

/**
 * Planned and succeeded calls. A task that stopped during its details planned what its
 * census says (at least what it made); one that never listed counts as one planned call.
 */
function coverageOf(tasks: readonly Task[], unfinished: readonly UnfinishedTask[]): CollectionCoverage {
  const stopped = new Set(unfinished.map((u) => `${u.account}|${u.region}|${u.service}`));
  let planned = 0;
  let succeeded = 0;
  for (const task of tasks) {
    const made = task.calls.ok + task.calls.failed;
    succeeded += task.calls.ok;
    const region = task.collector.scope === 'global' ? '' : task.region;
    if (!stopped.has(`${task.account}|${region}|${task.service}`)) {
      planned += made;
    } else if (task.listing) {
      const census = { account: task.account, region: task.region, census: task.listing.census };
      const details = taskCalls(census).reduce((sum, c) => sum + (c.phase === 'detail' ? c.calls : 0), 0);
      planned += Math.max(made, task.calls.listed + details);
    } else {
      planned += made + 1;
    }
  }
  return { plannedCalls: planned, succeededCalls: succeeded };
}
