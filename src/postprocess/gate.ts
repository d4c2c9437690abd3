/**
 * The CI gate: which failures decide the exit code. Failures (and rule errors) at or
 * above `failOn` count, except suppressed ones; with `failOnNew`, only those that a
 * baseline marks `new` (without a baseline every failure is new).
 */
import { failuresAtOrAbove } from '../engine/evaluate.ts';
import type { Evaluation, RuleResult, Severity } from '../engine/types.ts';

export interface GateOptions {
  failOn: Severity | 'none';
  /** Count only new failures; with `failOn` none, any new failure counts (threshold `info`). */
  failOnNew: boolean;
}

export function effectiveThreshold(options: GateOptions): Severity | 'none' {
  return options.failOnNew && options.failOn === 'none' ? 'info' : options.failOn;
}

/** The failures that fail the gate, most severe first. */
export function gateFailures(evaluation: Evaluation, options: GateOptions): RuleResult[] {
  return failuresAtOrAbove(evaluation, effectiveThreshold(options)).filter(
    (r) => r.suppression === undefined && (!options.failOnNew || r.baselineState === undefined || r.baselineState === 'new'),
  );
}
