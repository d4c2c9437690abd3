/**
 * What every command that ends with a snapshot does next: evaluate, post-process
 * (suppressions, baseline), write the reports, print the summary on stdout, and choose the
 * exit code. Shared by `scan`, `evaluate` and `demo`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { evaluateSnapshot, type Evaluation, type RuleSet, type Severity } from '../engine/index.ts';
import { ExitCode, UsageError } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { effectiveThreshold, gateFailures, postprocess, type PostprocessInputs } from '../postprocess/index.ts';
import { renderFindings, renderPostprocess } from '../report/findings.ts';
import { orderedFormats, REPORT_FILES, SARIF_LIMITS, writeReports, type FailedReport, type ReportFormat } from '../report/index.ts';
import { coveragePercent, renderCallCounts, renderInventory } from '../report/inventory.ts';
import { labelEmulatorGaps } from './emulator-gaps.ts';
import { renderGroupedFindings, renderSeverityCounts } from './grouped-findings.ts';
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
  /** report.html lists passing and not-applicable results too (--html-passing). */
  htmlPassing?: boolean;
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
  evaluation: Evaluation;
}

export async function finishRun(io: CliIO, run: { snapshot: Snapshot; graph: Graph }, options: FinishOptions): Promise<FinishResult> {
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
  const evaluation = postprocess(evaluateSnapshot(run, options.rules), options.postprocess);
  const sarifLimits = options.sarifMaxResults === undefined ? SARIF_LIMITS : { ...SARIF_LIMITS, maxResultsPerRun: options.sarifMaxResults };
  const renderOptions = { sarifLimits, htmlPassing: options.htmlPassing === true };
  const input = { evaluation, snapshot: run.snapshot };
  if (toStdout) {
    // One file, streamed piece by piece as it is written to a folder.
    const outputs = orderedFormats(options.formats).flatMap((format) => REPORT_FILES[format].outputs(input, renderOptions));
    const [only] = outputs;
    if (only === undefined || outputs.length !== 1) {
      throw new UsageError(
        `--out - writes one file to stdout, and this report is ${outputs.length} files: ${outputs.map((o) => o.file).join(', ')}; write them to a folder`,
      );
    }
    for (const chunk of only.chunks()) io.stdout(chunk);
  }
  const reports = toStdout ? { written: [], failed: [] } : await writeReports(input, options.formats, outDir, renderOptions);
  files.push(...reports.written.map((r) => r.path));
  for (const failure of reports.failed) io.stderr(`${c.red('internal error')}: ${describeFailedReport(failure)}\n`);
  say(`\n${options.details ? renderFindings(evaluation, style) : renderGroupedFindings(evaluation, style)}`);
  const notes = renderPostprocess(evaluation);
  if (notes !== '') say(`\n${notes}`);
  const incomplete = !run.snapshot.scan.complete;
  const gate = gateFailures(evaluation, { failOn: options.failOn, failOnNew: options.failOnNew });
  const threshold = effectiveThreshold({ failOn: options.failOn, failOnNew: options.failOnNew });
  // The closing lines repeat what matters after a long listing: the counts, the gaps, the files.
  const gaps = incomplete ? `; incomplete: ${run.snapshot.gaps.length} collection gaps (listed above, kept in the snapshot)` : '';
  say(`\n${c.bold('Summary')}: ${renderSeverityCounts(evaluation)}${gaps}\n`);
  if (files.length > 0) say(`Wrote:\n${files.map((f) => `  ${displayPath(io, f)}`).join('\n')}\n`);
  if (options.failOnNew && !evaluation.baseline) say('\n--fail-on-new without --baseline: every failure counts as new.\n');
  if (gate.length > 0) {
    say(`\n${gate.length} ${options.failOnNew ? 'new ' : ''}findings at or above --fail-on ${threshold}.\n`);
  }
  const percent = coveragePercent(run.snapshot);
  const lowCoverage = incomplete && options.minCoverage !== undefined && percent !== undefined && percent < options.minCoverage;
  if (lowCoverage) {
    say(`\nMostly not collected: ${percent} % of the planned calls succeeded, below --min-coverage ${options.minCoverage} %.\n`);
  }
  // A report that was not written outranks everything: the run's output is not what was asked for.
  // Then too little collected for the findings (or their absence) to mean much.
  const exitCode =
    reports.failed.length > 0
      ? ExitCode.internal
      : lowCoverage
        ? ExitCode.lowCoverage
        : gate.length > 0
          ? ExitCode.findings
          : incomplete
            ? ExitCode.incomplete
            : ExitCode.ok;
  return { exitCode, files, evaluation };
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
