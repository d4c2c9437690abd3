/**
 * What every command that ends with a snapshot does next: evaluate, post-process
 * (suppressions, baseline), write the reports, print the summary on stdout, and choose the
 * exit code. Shared by `scan`, `evaluate` and `demo`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { evaluateSnapshot, type Evaluation, type RuleSet, type Severity } from '../engine/index.ts';
import { ExitCode } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { effectiveThreshold, gateFailures, postprocess, type PostprocessInputs } from '../postprocess/index.ts';
import { renderFindings, renderPostprocess } from '../report/findings.ts';
import { SARIF_LIMITS, writeReports, type FailedReport, type ReportFormat } from '../report/index.ts';
import { renderCallCounts, renderInventory } from '../report/inventory.ts';
import { colors, type CliIO } from './io.ts';

export interface FinishOptions {
  out: string;
  /** Write the snapshot into `out` (scan: --save-snapshot; demo: always). */
  saveSnapshot: boolean;
  verbose: boolean;
  quiet: boolean;
  /** The rules to evaluate (prepared before the scan, so that a bad rule stops it early). */
  rules: RuleSet;
  /** Exit 1 when a failure is at or above this severity. */
  failOn: Severity | 'none';
  /** Only failures new since the baseline count for the gate. */
  failOnNew: boolean;
  formats: readonly ReportFormat[];
  postprocess: PostprocessInputs;
  /** Results kept per SARIF run (default SARIF_LIMITS). */
  sarifMaxResults?: number;
}

export interface FinishResult {
  exitCode: ExitCode;
  files: string[];
  evaluation: Evaluation;
}

export async function finishRun(io: CliIO, run: { snapshot: Snapshot; graph: Graph }, options: FinishOptions): Promise<FinishResult> {
  const c = colors(io);
  const style = { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green };
  const outDir = resolve(io.cwd, options.out);
  const files: string[] = [];
  await mkdir(outDir, { recursive: true });
  if (options.saveSnapshot) {
    const file = resolve(outDir, 'snapshot.json');
    await writeFile(file, serializeSnapshot(run.snapshot));
    files.push(file);
  }
  io.stdout(renderInventory(run.snapshot, style));
  if (options.verbose) io.stdout(renderCallCounts(run.snapshot));
  const evaluation = postprocess(evaluateSnapshot(run, options.rules), options.postprocess);
  const sarifLimits = options.sarifMaxResults === undefined ? SARIF_LIMITS : { ...SARIF_LIMITS, maxResultsPerRun: options.sarifMaxResults };
  const reports = await writeReports({ evaluation, snapshot: run.snapshot }, options.formats, outDir, { sarifLimits });
  files.push(...reports.written.map((r) => r.path));
  for (const failure of reports.failed) io.stderr(`${c.red('internal error')}: ${describeFailedReport(failure)}\n`);
  io.stdout(`\n${renderFindings(evaluation, style)}`);
  const notes = renderPostprocess(evaluation);
  if (notes !== '') io.stdout(`\n${notes}`);
  if (files.length > 0) {
    io.stdout(`\nWrote:\n${files.map((f) => `  ${displayPath(io, f)}`).join('\n')}\n`);
  }
  const incomplete = !run.snapshot.scan.complete;
  const gate = gateFailures(evaluation, { failOn: options.failOn, failOnNew: options.failOnNew });
  const threshold = effectiveThreshold({ failOn: options.failOn, failOnNew: options.failOnNew });
  if (options.failOnNew && !evaluation.baseline) io.stdout('\n--fail-on-new without --baseline: every failure counts as new.\n');
  if (gate.length > 0) {
    io.stdout(`\n${gate.length} ${options.failOnNew ? 'new ' : ''}findings at or above --fail-on ${threshold}.\n`);
  }
  // A report that was not written outranks the gate: the run's output is not what was asked for.
  const exitCode =
    reports.failed.length > 0 ? ExitCode.internal : gate.length > 0 ? ExitCode.findings : incomplete ? ExitCode.incomplete : ExitCode.ok;
  return { exitCode, files, evaluation };
}

/** The file and the cause; a reporter's own exception (a bug) with its stack, a file system error with its message. */
function describeFailedReport(failure: FailedReport): string {
  const e = failure.error;
  const systemError = e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
  const cause = e instanceof Error ? (systemError ? e.message : (e.stack ?? e.message)) : String(e);
  return `the ${failure.format} report ${failure.file} was not written: ${cause}`;
}

export function displayPath(io: CliIO, file: string): string {
  const rel = relative(io.cwd, file);
  return rel.startsWith('..') ? file : rel;
}
