import type { Evaluation } from '../engine/types.ts';
import { applyBaseline, type Baseline } from './baseline.ts';
import { applySuppressions, type SuppressionsFile } from './suppressions.ts';

export interface PostprocessInputs {
  suppressions?: SuppressionsFile;
  baseline?: Baseline;
}

/** Suppressions first, then the baseline comparison (a suppressed failure still gets its baseline state). */
export function postprocess(evaluation: Evaluation, inputs: PostprocessInputs): Evaluation {
  let result = evaluation;
  if (inputs.suppressions) result = applySuppressions(result, inputs.suppressions);
  if (inputs.baseline) result = applyBaseline(result, inputs.baseline);
  return result;
}
