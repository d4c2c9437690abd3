/**
 * What an organization run keeps per account (a small summary each scan writes beside its
 * reports) and the run's totals the aggregate step adds up from them, one account at a
 * time: the counts, the failed accounts, and whether they exceed the tolerated percentage.
 */
import { SEVERITIES, type Evaluation, type Severity } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { isFailure } from '../postprocess/fingerprint.ts';

export type SeverityCounts = Record<Severity, number>;

/** One account's outcome in a run (`runs/<run id>/accounts/<account>/summary.json`). */
export interface AccountRunSummary {
  account: string;
  complete: boolean;
  /** The account's role could not be assumed: nothing of it was read. */
  unreachable: boolean;
  gaps: number;
  failures: SeverityCounts;
  /** Failures that were not failing in the account's previous run (all of them on a first run). */
  newFindings: SeverityCounts;
  /** S3 keys of the account's reports. */
  report: string;
  sarif: string;
}

export const zeroCounts = (): SeverityCounts => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;

/** Failures (of `account`, when given) that were not failing in the previous run; every failure on a first run. */
export function newFailuresBySeverity(evaluation: Evaluation, account?: string): SeverityCounts {
  const counts = zeroCounts();
  const firstRun = evaluation.baseline === undefined;
  for (const r of evaluation.results) {
    if (account !== undefined && r.resource.account !== account) continue;
    if (isFailure(r.status) && (firstRun || r.baselineState === 'new')) counts[r.severity]++;
  }
  return counts;
}

export function accountRunSummary(account: string, evaluation: Evaluation, snapshot: Snapshot, prefix: string): AccountRunSummary {
  const failures = zeroCounts();
  for (const r of evaluation.results) if (isFailure(r.status) && r.resource.account === account) failures[r.severity]++;
  return {
    account,
    complete: snapshot.scan.complete,
    unreachable: snapshot.gaps.some((g) => g.account === account && g.operation === 'AssumeRole'),
    gaps: snapshot.gaps.filter((g) => g.account === account).length,
    failures,
    newFindings: newFailuresBySeverity(evaluation, account),
    report: `${prefix}report.html`,
    sarif: `${prefix}results.sarif`,
  };
}

/** The failed accounts named in the run's event and error (the full list is in summary.json). */
export const FAILED_ACCOUNTS_LISTED = 100;

export interface RunTotals {
  expected: number;
  scanned: number;
  complete: number;
  /** Expected accounts with no summary (their scan failed) and accounts that could not be reached, sorted. */
  failedAccounts: string[];
  failedPercentage: number;
  toleratedFailurePercentage: number;
  thresholdExceeded: boolean;
  failures: SeverityCounts;
  newFindings: SeverityCounts;
  gaps: number;
}

/** Adds up account summaries one at a time; what it keeps does not grow with the accounts, except the failed ones. */
export class RunTally {
  readonly #pending: Set<string>;
  readonly #expected: number;
  readonly #unreachable: string[] = [];
  #scanned = 0;
  #complete = 0;
  #gaps = 0;
  readonly #failures = zeroCounts();
  readonly #newFindings = zeroCounts();

  constructor(expectedAccounts: Iterable<string>) {
    this.#pending = new Set(expectedAccounts);
    this.#expected = this.#pending.size;
  }

  add(summary: AccountRunSummary): void {
    this.#pending.delete(summary.account);
    this.#scanned++;
    if (summary.complete) this.#complete++;
    if (summary.unreachable) this.#unreachable.push(summary.account);
    this.#gaps += summary.gaps;
    for (const s of SEVERITIES) {
      this.#failures[s] += summary.failures[s] ?? 0;
      this.#newFindings[s] += summary.newFindings[s] ?? 0;
    }
  }

  totals(toleratedFailurePercentage: number): RunTotals {
    const failedAccounts = [...this.#pending, ...this.#unreachable].sort();
    const expected = Math.max(this.#expected, this.#scanned);
    const failedPercentage = expected === 0 ? 0 : Math.round((failedAccounts.length / expected) * 10_000) / 100;
    return {
      expected,
      scanned: this.#scanned,
      complete: this.#complete,
      failedAccounts,
      failedPercentage,
      toleratedFailurePercentage,
      thresholdExceeded: failedPercentage > toleratedFailurePercentage,
      failures: { ...this.#failures },
      newFindings: { ...this.#newFindings },
      gaps: this.#gaps,
    };
  }
}

export function failureMessage(totals: RunTotals): string {
  const listed = totals.failedAccounts.slice(0, FAILED_ACCOUNTS_LISTED);
  const more = totals.failedAccounts.length - listed.length;
  return (
    `${totals.failedAccounts.length} of ${totals.expected} accounts failed (${totals.failedPercentage}%, more than the tolerated ` +
    `${totals.toleratedFailurePercentage}%): ${listed.join(', ')}${more > 0 ? ` and ${more} more (see summary.json)` : ''}`
  );
}
