/**
 * What every reporter receives: the (post-processed) evaluation and the snapshot it was
 * evaluated on. Reporters are pure functions of it: they return content and never touch
 * the file system, so the CLI writes files and the Lambda handler writes S3 objects.
 */
import type { Evaluation, RuleResult, RuleService, Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';

export interface ReportInput {
  evaluation: Evaluation;
  snapshot: Snapshot;
}

export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

/** Failures (and rule errors), suppressed ones included. */
export function isFinding(result: RuleResult): boolean {
  return result.status === 'fail' || result.status === 'error';
}

/** Failing results (and rule errors) by service, for every service that has a rule. */
export function failuresByService(input: ReportInput): Record<string, number> {
  const serviceOf = new Map(input.evaluation.rules.map((r) => [r.id, r.service]));
  const counts: Partial<Record<RuleService, number>> = {};
  for (const r of input.evaluation.rules) counts[r.service] = 0;
  for (const r of input.evaluation.results) {
    if (!isFinding(r)) continue;
    const service = serviceOf.get(r.ruleId);
    if (service) counts[service] = (counts[service] ?? 0) + 1;
  }
  return counts;
}
