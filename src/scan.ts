/**
 * `scan()`: the whole pipeline of a live scan, scope -> collect -> graph (`takeSnapshot()`),
 * then evaluate -> post-process -> render (`evaluateRun()`, src/pipeline.ts). The CLI and
 * the Lambda handler are thin drivers around it: they write what it returns.
 */
import { randomUUID } from 'node:crypto';
import { accessAccounts, organizationAccounts, type AccountTargets } from './collect/accounts.ts';
import {
  CallCounter,
  ClientFactory,
  Pacer,
  callerIdentity,
  collectAll,
  enabledRegions,
  resolveCredentials,
  type ClientCustomizer,
  type CollectProgress,
  type QuotaTable,
  type ScanPlan,
} from './collect/index.ts';
import { partitionOfRegion } from './graph/arn.ts';
import { buildGraph } from './graph/build.ts';
import type { Graph } from './graph/graph.ts';
import { toSnapshot } from './graph/snapshot.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './graph/snapshot-types.ts';
import { SERVICES, type Service } from './graph/types.ts';
import { evaluateRun, type PipelineOptions, type PipelineResult } from './pipeline.ts';
import { packageVersion } from './resources.ts';

export interface SnapshotOptions {
  /** Regions to scan; default: every region enabled in the account. */
  regions?: readonly string[];
  services?: readonly Service[];
  profile?: string;
  /** An endpoint override, for emulators. */
  endpoint?: string;
  /** The region for global calls (STS, DescribeRegions); default AWS_REGION or us-east-1. */
  homeRegion?: string;
  concurrency?: number;
  maxAttempts?: number;
  /** Deadline of one HTTP attempt in ms (default DEFAULT_REQUEST_TIMEOUT_MS); a timed-out attempt is retried, then a gap. */
  requestTimeoutMs?: number;
  /** Pace requests at AWS's documented quotas (default true). */
  pacing?: boolean;
  /** The quotas to pace at and to plan with (default DEFAULT_QUOTAS: AWS's documented defaults), e.g. for raised quotas. */
  quotas?: QuotaTable;
  signal?: AbortSignal;
  onProgress?: (progress: CollectProgress & { calls: number }) => void;
  /**
   * Called once every listing has ended, with the expected calls and quota-bound time. The
   * details of tasks listed earlier may already be running, unless `detailsAfterPlan`.
   */
  onPlan?: (plan: ScanPlan, calls: CallCounter) => void | Promise<void>;
  /** Make no detail call before `onPlan` has returned (`scan --plan`); default false. */
  detailsAfterPlan?: boolean;
  /** For tests: adjust every SDK client (headers, mocked handlers). */
  customizeClients?: ClientCustomizer;
  /** The clock, for tests. */
  now?: () => Date;
  /** Other accounts to scan (explicit list or the organization) and the role to assume in them. */
  targets?: AccountTargets;
}

export interface SnapshotResult {
  snapshot: Snapshot;
  graph: Graph;
  calls: CallCounter;
  /** The plan made after the listing phase. */
  plan: ScanPlan;
}

/** What a live scan returns: the pipeline's result, and the calls made and planned. */
export interface ScanResult extends PipelineResult, Pick<SnapshotResult, 'calls' | 'plan'> {}

/**
 * Takes a snapshot as `collect` says, then evaluates it and prepares its reports as
 * `pipeline` says. `onSnapshot` is called once the snapshot is taken, before the
 * evaluation (the CLI stops its progress line there).
 */
export async function scan(
  collect: SnapshotOptions,
  pipeline: PipelineOptions & { onSnapshot?: (taken: SnapshotResult) => void },
): Promise<ScanResult> {
  const taken = await takeSnapshot(collect);
  pipeline.onSnapshot?.(taken);
  return { ...(await evaluateRun(taken, pipeline)), calls: taken.calls, plan: taken.plan };
}

export async function takeSnapshot(options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const home = options.homeRegion ?? options.regions?.[0] ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const credentials = await resolveCredentials({
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  });
  const counter = new CallCounter();
  const clients = new ClientFactory({
    credentialsFor: () => credentials,
    counter,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.pacing === false ? {} : { pacer: new Pacer(options.quotas) }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    ...(options.customizeClients === undefined ? {} : { customize: options.customizeClients }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    const partition = partitionOfRegion(home);
    const caller = await callerIdentity(clients, home, {
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    const targets = options.targets;
    const accounts = targets?.accounts
      ? [...new Set(targets.accounts)].sort()
      : targets?.org
        ? await organizationAccounts(clients, home, targets.org.parentIds)
        : [caller.account];
    const access = await accessAccounts(
      accounts,
      { account: caller.account, credentials },
      {
        ...targets,
        partition,
        region: home,
        clients,
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      },
    );
    const reachable = access.reachable;
    const regionsByAccount = new Map<string, string[]>();
    const scopeGaps = [...access.gaps];
    for (const account of reachable) {
      const scoped = options.regions ? { regions: [...options.regions], gaps: [] } : await enabledRegions(clients, account, home);
      regionsByAccount.set(account, scoped.regions);
      scopeGaps.push(...scoped.gaps);
    }
    const allRegions = [...new Set([...regionsByAccount.values()].flat())].sort();
    const services = [...(options.services ?? SERVICES)];
    const outcome = await collectAll({
      accounts: reachable,
      regions: allRegions,
      regionsFor: (account) => regionsByAccount.get(account) ?? allRegions,
      services,
      partition,
      clients,
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onProgress: (p) => options.onProgress?.({ ...p, calls: counter.total }),
      // GetCallerIdentity, then DescribeRegions unless the regions were given.
      scopeRoundTrips: options.regions ? 1 : 2,
      ...(options.quotas === undefined ? {} : { quotas: options.quotas }),
      ...(options.onPlan === undefined ? {} : { onPlan: (plan: ScanPlan) => options.onPlan?.(plan, counter) }),
      ...(options.detailsAfterPlan === undefined ? {} : { detailsAfterPlan: options.detailsAfterPlan }),
    });
    outcome.data.scope.accounts = accounts;
    outcome.data.gaps.push(...scopeGaps);
    // An account that could not be entered planned one call per service and region; a failed DescribeRegions, itself.
    const notEntered = access.gaps.length * services.length * Math.max(1, options.regions?.length ?? 1);
    const coverage = {
      plannedCalls: outcome.coverage.plannedCalls + notEntered + (scopeGaps.length - access.gaps.length),
      succeededCalls: outcome.coverage.succeededCalls,
    };
    const graph = buildGraph(outcome.data);
    const snapshot = toSnapshot(graph, {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      tool: { name: 'cryptoposture', version: packageVersion() },
      scan: {
        id: randomUUID(),
        startedAt: startedAt.toISOString(),
        finishedAt: now().toISOString(),
        caller,
        partition,
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
        accounts,
        regions: allRegions,
        services,
        complete: graph.gaps.length === 0 && outcome.unfinished.length === 0,
        unfinished: outcome.unfinished,
        coverage,
        apiCalls: counter.counts(),
      },
    });
    return { snapshot, graph, calls: counter, plan: outcome.plan };
  } finally {
    clients.destroy();
  }
}
