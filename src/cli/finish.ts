/**
 * What every command that ends with a snapshot does next: write the outputs, print the
 * summary on stdout, and choose the exit code. Shared by `scan`, `evaluate` and `demo`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ExitCode } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { renderCallCounts, renderInventory } from '../report/inventory.ts';
import { colors, type CliIO } from './io.ts';

export interface FinishOptions {
  out: string;
  /** Write the snapshot into `out` (scan: --save-snapshot; demo: always). */
  saveSnapshot: boolean;
  verbose: boolean;
  quiet: boolean;
}

export interface FinishResult {
  exitCode: ExitCode;
  files: string[];
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
  if (files.length > 0) {
    io.stdout(`\nWrote:\n${files.map((f) => `  ${displayPath(io, f)}`).join('\n')}\n`);
  }
  const incomplete = !run.snapshot.scan.complete;
  return { exitCode: incomplete ? ExitCode.incomplete : ExitCode.ok, files };
}

export function displayPath(io: CliIO, file: string): string {
  const rel = relative(io.cwd, file);
  return rel.startsWith('..') ? file : rel;
}
