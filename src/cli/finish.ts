/**
 * What every command that ends with a snapshot does with the pipeline's result
 * (src/pipeline.ts: evaluated, post-processed, reports ready to render): write the snapshot
 * and the reports, print the summary on stdout, and choose the exit code. Shared by `scan`,
 * `evaluate` and `demo`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { RuleSet, Severity } from '../engine/index.ts';
import { UsageError, type ExitCode } from '../errors.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { PostprocessInputs } from '../postprocess/index.ts';
import { exitCodeOf, isLowCoverage, type PipelineOptions, type PipelineResult } from '../pipeline.ts';
import { renderFindings, renderPostprocess } from '../report/findings.ts';
import { reportOutputs, SARIF_LIMITS, writeReports, type FailedReport, type ReportFormat } from '../report/index.ts';
import { renderCallCounts, renderInventory } from '../report/inventory.ts';
import { labelEmulatorGaps } from './emulator-gaps.ts';
import { renderGroupedFindings, renderSeverityCounts } from './grouped-findings.ts';
import { colors, type CliIO } from './io.ts';

/** What `scan`, `evaluate` and `demo` gather from their flags for the pipeline. */
export interface PipelineFlags {
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
  /** report.html lists passing and not-applicable results too (--html-passing). */
  htmlPassing?: boolean;
}

export function pipelineOptions(flags: PipelineFlags): PipelineOptions {
  const sarifLimits = flags.sarifMaxResults === undefined ? SARIF_LIMITS : { ...SARIF_LIMITS, maxResultsPerRun: flags.sarifMaxResults };
  return {
    rules: flags.rules,
    postprocess: flags.postprocess,
    formats: flags.formats,
    render: { sarifLimits, htmlPassing: flags.htmlPassing === true },
    gate: { failOn: flags.failOn, failOnNew: flags.failOnNew },
  };
}

export interface FinishOptions {
  out: string;
  /** Write the snapshot into `out` (scan: --save-snapshot; demo: always). */
  saveSnapshot: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Print every failure (--details) instead of one group per rule. */
  details?: boolean;
  /** The demo: gaps of operations the emulator does not implement are labelled as such. */
  onEmulator?: boolean;
  /** scan: exit 5 instead of 3 when less than this percentage of the planned calls succeeded. */
  minCoverage?: number;
}

export interface FinishResult {
  exitCode: ExitCode;
  files: string[];
}

export async function finishRun(io: CliIO, run: PipelineResult, options: FinishOptions): Promise<FinishResult> {
  const c = colors(io);
  const style = { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green };
  // `--out -`: the findings JSON is stdout; what people read goes to stderr (nothing with --quiet).
  const toStdout = options.out === STDOUT;
  const say = toStdout ? (options.quiet ? () => {} : io.stderr) : io.stdout;
  const outDir = resolve(io.cwd, options.out);
  const files: string[] = [];
  if (!toStdout) await mkdir(outDir, { recursive: true });
  if (options.saveSnapshot && !toStdout) {
    const file = resolve(outDir, 'snapshot.json');
    await writeFile(file, serializeSnapshot(run.snapshot));
    files.push(file);
  }
  say(renderInventory(options.onEmulator ? labelEmulatorGaps(run.snapshot) : run.snapshot, style));
  if (options.verbose) say(renderCallCounts(run.snapshot));
  const { evaluation, verdict } = run;
  if (toStdout) {
    // One file, streamed piece by piece as it is written to a folder.
    const outputs = reportOutputs(run.reports);
    const [only] = outputs;
    if (only === undefined || outputs.length !== 1) {
      throw new UsageError(
        `--out - writes one file to stdout, and this report is ${outputs.length} files: ${outputs.map((o) => o.file).join(', ')}; write them to a folder`,
      );
    }
    for (const chunk of only.chunks()) io.stdout(chunk);
  }
  const reports = toStdout
    ? { written: [], failed: [] }
    : await writeReports(run.reports.input, run.reports.formats, outDir, run.reports.options);
  files.push(...reports.written.map((r) => r.path));
  for (const failure of reports.failed) io.stderr(`${c.red('internal error')}: ${describeFailedReport(failure)}\n`);
  say(`\n${options.details ? renderFindings(evaluation, style) : renderGroupedFindings(evaluation, style)}`);
  const notes = renderPostprocess(evaluation);
  if (notes !== '') say(`\n${notes}`);
  // The closing lines repeat what matters after a long listing: the counts, the gaps, the files.
  const gaps = verdict.incomplete ? `; incomplete: ${run.snapshot.gaps.length} collection gaps (listed above, kept in the snapshot)` : '';
  say(`\n${c.bold('Summary')}: ${renderSeverityCounts(evaluation)}${gaps}\n`);
  if (files.length > 0) say(`Wrote:\n${files.map((f) => `  ${displayPath(io, f)}`).join('\n')}\n`);
  if (verdict.failOnNew && !evaluation.baseline) say('\n--fail-on-new without --baseline: every failure counts as new.\n');
  if (verdict.gateFailures.length > 0) {
    say(`\n${verdict.gateFailures.length} ${verdict.failOnNew ? 'new ' : ''}findings at or above --fail-on ${verdict.threshold}.\n`);
  }
  if (isLowCoverage(verdict, options.minCoverage)) {
    say(
      `\nMostly not collected: ${verdict.coveragePercent} % of the planned calls succeeded, below --min-coverage ${options.minCoverage} %.\n`,
    );
  }
  const exitCode = exitCodeOf(verdict, {
    reportsFailed: reports.failed.length > 0,
    ...(options.minCoverage === undefined ? {} : { minCoverage: options.minCoverage }),
  });
  return { exitCode, files };
}

/** `--out -`: write the findings JSON to stdout instead of a folder. */
export const STDOUT = '-';

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
