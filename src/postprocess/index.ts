/**
 * Post-processing between evaluation and reports: suppressions, baseline, and the gate.
 * Pure functions over an `Evaluation`; `files.ts` reads the input files for drivers.
 */
export { applySuppressions, parseSuppressions, expiryInstant, type SuppressionsFile } from './suppressions.ts';
export { applyBaseline, parseBaseline, SARIF_FINGERPRINT, type Baseline, type BaselineFailure } from './baseline.ts';
export { gateFailures, effectiveThreshold, type GateOptions } from './gate.ts';
export { resultFingerprint, isFailure, FINGERPRINT_VERSION } from './fingerprint.ts';
export { postprocess, type PostprocessInputs } from './run.ts';
