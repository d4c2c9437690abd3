/**
 * Runs the collectors: every (account, service, region) task concurrently under p-limit.
 * Failures are data (gaps); an interrupt or a deadline stops new work, keeps what was
 * collected, and reports what did not finish.
 */
import pLimit from 'p-limit';
import type { CollectedData, PendingEdge } from '../graph/build.ts';
import type { UnfinishedTask } from '../graph/snapshot-types.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import type { ClientFactory } from './clients.ts';
import { CollectContext, type Collector } from './collector.ts';
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

export interface CollectRequest {
  accounts: readonly string[];
  regions: readonly string[];
  /** The regions of one account, when accounts differ (opt-in regions); default `regions`. */
  regionsFor?: (account: string) => readonly string[];
  services: readonly Service[];
  partition: string;
  clients: ClientFactory;
  collectors?: Partial<Record<Service, Collector>>;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: CollectProgress) => void;
}

export interface CollectOutcome {
  data: CollectedData;
  unfinished: UnfinishedTask[];
}

interface Task {
  account: string;
  region: string;
  service: Service;
  collector: Collector;
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
      for (const region of regions) tasks.push({ account, region, service, collector });
    }
  }

  const limit = pLimit(request.concurrency ?? 12);
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

  const run = async (task: Task): Promise<void> => {
    if (signal.aborted) {
      markUnfinished(task, 'not-started');
      return;
    }
    // Nodes and edges of a task are kept even when it is cut short: what was read is true.
    const ctx = new CollectContext({
      account: task.account,
      region: task.region,
      partition: request.partition,
      regions: request.regionsFor?.(task.account) ?? request.regions,
      service: task.service,
      clients: request.clients,
      signal,
      sink: { node: (n) => nodes.push(n), edge: (e) => pending.push(e), gap: (g) => gaps.push(g) },
    });
    try {
      await task.collector.collect(ctx);
    } catch (error) {
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
    }
    done++;
    request.onProgress?.({
      tasksDone: done,
      tasksTotal: tasks.length,
      gaps: gaps.length,
      task: { account: task.account, region: task.region, service: task.service },
    });
  };

  await Promise.all(tasks.map((task) => limit(() => run(task))));
  return {
    data: {
      nodes,
      pending,
      gaps,
      scope: { accounts: [...request.accounts], regions: [...request.regions], services: [...request.services] },
    },
    unfinished,
  };
}
