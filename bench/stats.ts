/** Helpers shared by the benchmarks: medians with their spread, machine load, and the results file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, runs: sorted.length };
}

/** `12.3 (11.9-13.0)`: the median and the range of the runs. */
export function show(s: Spread, digits = 1): string {
  const f = (n: number) => n.toFixed(digits);
  return s.runs > 1 ? `${f(s.median)} (${f(s.min)}-${f(s.max)})` : f(s.median);
}

/** How busy the machine was: load averages against the number of cores. */
export function machine(): { cores: number; loadavg: number[]; node: string } {
  return { cores: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version };
}

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** Writes `bench/results/<name>-<timestamp>.json` and returns its path. */
export function writeResults(name: string, results: object): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(RESULTS_DIR, `${name}-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ benchmark: name, date: new Date().toISOString(), machine: machine(), ...results }, null, 2)}\n`);
  return file;
}
