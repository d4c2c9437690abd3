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
import { renderReports, SARIF_LIMITS, type ReportFormat } from '../report/index.ts';
import { coveragePercent, renderCallCounts, renderInventory } from '../report/inventory.ts';
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
  for (const report of renderReports({ evaluation, snapshot: run.snapshot }, options.formats, { sarifLimits })) {
    const file = resolve(outDir, report.file);
    await writeFile(file, report.content);
    files.push(file);
  }
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
  const percent = coveragePercent(run.snapshot);
  const lowCoverage = incomplete && options.minCoverage !== undefined && percent !== undefined && percent < options.minCoverage;
  if (lowCoverage) {
    io.stdout(`\nMostly not collected: ${percent} % of the planned calls succeeded, below --min-coverage ${options.minCoverage} %.\n`);
  }
  // Too little was collected for the findings (or their absence) to mean much: that comes first.
  const exitCode = lowCoverage
    ? ExitCode.lowCoverage
    : gate.length > 0
      ? ExitCode.findings
      : incomplete
        ? ExitCode.incomplete
        : ExitCode.ok;
  return { exitCode, files, evaluation };
}

export function displayPath(io: CliIO, file: string): string {
  const rel = relative(io.cwd, file);
  return rel.startsWith('..') ? file : rel;
}
