/**
 * What every command that ends with a snapshot does next: write the outputs, print the
 * summary on stdout, and choose the exit code. Shared by `scan`, `evaluate` and `demo`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { evaluateSnapshot, failuresAtOrAbove, type Evaluation, type RuleSet, type Severity } from '../engine/index.ts';
import { ExitCode } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { renderFindings } from '../report/findings.ts';
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
}

export interface FinishResult {
  exitCode: ExitCode;
  files: string[];
  evaluation: Evaluation;
}

export async function finishRun(io: CliIO, run: { snapshot: Snapshot; graph: Graph }, options: FinishOptions): Promise<FinishResult> {
  const c = colors(io);
  const outDir = resolve(io.cwd, options.out);
  const files: string[] = [];
  if (options.saveSnapshot) {
    await mkdir(outDir, { recursive: true });
    const file = resolve(outDir, 'snapshot.json');
    await writeFile(file, serializeSnapshot(run.snapshot));
    files.push(file);
  }
  io.stdout(renderInventory(run.snapshot, { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green }));
  if (options.verbose) io.stdout(renderCallCounts(run.snapshot));
  const evaluation = evaluateSnapshot(run, options.rules);
  io.stdout(`\n${renderFindings(evaluation, { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green })}`);
  if (files.length > 0) {
    io.stdout(`\nWrote:\n${files.map((f) => `  ${displayPath(io, f)}`).join('\n')}\n`);
  }
  const incomplete = !run.snapshot.scan.complete;
  const gate = failuresAtOrAbove(evaluation, options.failOn);
  if (gate.length > 0) io.stdout(`\n${gate.length} findings at or above --fail-on ${options.failOn}.\n`);
  const exitCode = gate.length > 0 ? ExitCode.findings : incomplete ? ExitCode.incomplete : ExitCode.ok;
  return { exitCode, files, evaluation };
}

export function displayPath(io: CliIO, file: string): string {
  const rel = relative(io.cwd, file);
  return rel.startsWith('..') ? file : rel;
}
