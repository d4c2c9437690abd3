/**
 * The part of a scan after the snapshot: evaluate -> post-process -> render, and the
 * inputs of the exit-code decision. `scan()` (src/scan.ts) runs it after `takeSnapshot()`;
 * `evaluate` and the offline demo run it on a saved snapshot. It talks to no AWS API and
 * writes nothing: the drivers (the CLI, the Lambda handler) write what it returns.
 */
import { evaluateSnapshot, type Evaluation, type RuleResult, type RuleSet, type Severity } from './engine/index.ts';
import { ExitCode } from './errors.ts';
import type { Graph } from './graph/graph.ts';
import type { Snapshot } from './graph/snapshot-types.ts';
import { effectiveThreshold, gateFailures, postprocess, type GateOptions, type PostprocessInputs } from './postprocess/index.ts';
import { reportSet, type RenderOptions, type ReportFormat, type ReportSet } from './report/formats.ts';
import { coveragePercent } from './report/inventory.ts';

/** A snapshot and its graph: taken by a scan, or read from a file. */
export interface TakenSnapshot {
  snapshot: Snapshot;
  graph: Graph;
}

export interface PipelineOptions {
  /** The rules to evaluate (prepared before the scan, so that a bad rule stops it early). */
  rules: RuleSet;
  /** Suppressions and the baseline, or how to get them once the snapshot is known (the Lambda: its scope's previous findings). */
  postprocess?: PostprocessInputs | ((snapshot: Snapshot) => PostprocessInputs | Promise<PostprocessInputs>);
  formats: readonly ReportFormat[];
  render?: RenderOptions;
  /** Which failures decide the exit code (default: none). */
  gate?: GateOptions;
}

/** What the exit code is decided from, besides what the driver alone knows (a report not written, --min-coverage). */
export interface Verdict {
  /** The failures at or above the threshold that count (most severe first). */
  gateFailures: RuleResult[];
  threshold: Severity | 'none';
  failOnNew: boolean;
  /** The snapshot has gaps or unfinished tasks. */
  incomplete: boolean;
  /** The share of the planned calls that succeeded, when the snapshot records it. */
  coveragePercent: number | undefined;
}

export interface PipelineResult extends TakenSnapshot {
  /** Evaluated and post-processed. */
  evaluation: Evaluation;
  /** The reports in the chosen formats, rendered piece by piece while they are written. */
  reports: ReportSet;
  verdict: Verdict;
}

const NO_GATE: GateOptions = { failOn: 'none', failOnNew: false };

/** Evaluates, post-processes and prepares the reports of a snapshot. */
export async function evaluateRun(run: TakenSnapshot, options: PipelineOptions): Promise<PipelineResult> {
  const inputs = typeof options.postprocess === 'function' ? await options.postprocess(run.snapshot) : (options.postprocess ?? {});
  const evaluation = postprocess(evaluateSnapshot(run, options.rules), inputs);
  const gate = options.gate ?? NO_GATE;
  return {
    snapshot: run.snapshot,
    graph: run.graph,
    evaluation,
    reports: reportSet({ evaluation, snapshot: run.snapshot }, options.formats, options.render),
    verdict: {
      gateFailures: gateFailures(evaluation, gate),
      threshold: effectiveThreshold(gate),
      failOnNew: gate.failOnNew,
      incomplete: !run.snapshot.scan.complete,
      coveragePercent: coveragePercent(run.snapshot),
    },
  };
}

/** An incomplete scan with less than `minCoverage` % of its planned calls succeeded: too little collected for the findings to mean much. */
export function isLowCoverage(verdict: Verdict, minCoverage: number | undefined): boolean {
  return verdict.incomplete && minCoverage !== undefined && verdict.coveragePercent !== undefined && verdict.coveragePercent < minCoverage;
}

/**
 * The exit code. A report that was not written outranks everything: the run's output is
 * not what was asked for. Then too little collected (--min-coverage), then the findings
 * gate (--fail-on), then an incomplete scan.
 */
export function exitCodeOf(verdict: Verdict, outcome: { reportsFailed: boolean; minCoverage?: number }): ExitCode {
  if (outcome.reportsFailed) return ExitCode.internal;
  if (isLowCoverage(verdict, outcome.minCoverage)) return ExitCode.lowCoverage;
  if (verdict.gateFailures.length > 0) return ExitCode.findings;
  return verdict.incomplete ? ExitCode.incomplete : ExitCode.ok;
}
