/**
 * Suppressions: accepted failures. A failure that a suppression (not expired at the scan
 * time) covers keeps its status and gains `suppression` (reason, expiry): reporters show
 * it, the gate lets it pass. Expired entries stop applying and are reported, and so are
 * entries that cover no failure. Pure: the file is parsed by `parseSuppressions`, read by
 * the driver.
 */
import { ConfigError } from '../errors.ts';
import { globMatch } from '../policy/glob.ts';
import { loadJsonResource } from '../resources.ts';
import { compileSchema } from '../schema/validate.ts';
import type { Evaluation, RuleResult, SuppressionEntry, SuppressionsReport } from '../engine/types.ts';
import { isFailure } from './fingerprint.ts';

export interface SuppressionsFile {
  /** The file as named on the command line. */
  source: string;
  entries: SuppressionEntry[];
}

const validator = () => compileSchema<{ suppressions: SuppressionEntry[] }>(loadJsonResource('schemas/suppressions.schema.json'));

/** Validates a parsed suppressions document; throws ConfigError naming the file and JSON path. */
export function parseSuppressions(document: unknown, source: string): SuppressionsFile {
  const problems = validator().problems(document);
  if (problems.length > 0) throw new ConfigError(source, problems);
  const entries = (document as { suppressions: SuppressionEntry[] }).suppressions;
  return { source, entries };
}

/** The instant from which a suppression no longer applies: the day after a date, or the date-time itself. */
export function expiryInstant(expires: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(expires)) return Date.parse(`${expires}T00:00:00Z`) + 86_400_000;
  return Date.parse(expires);
}

function matches(entry: SuppressionEntry, result: RuleResult): boolean {
  return globMatch(entry.ruleId, result.ruleId, false) && globMatch(entry.resource, result.resource.id, false);
}

/** Marks the failures that an unexpired suppression covers (the first matching entry wins) and reports expired and unused entries. */
export function applySuppressions(evaluation: Evaluation, file: SuppressionsFile): Evaluation {
  const now = Date.parse(evaluation.evaluatedAt);
  const expired = file.entries.map((e) => e.expires !== undefined && expiryInstant(e.expires) <= now);
  const matchCounts = file.entries.map(() => 0);
  let suppressed = 0;
  const results = evaluation.results.map((result) => {
    if (!isFailure(result.status)) return result;
    let applied: number | undefined;
    file.entries.forEach((entry, i) => {
      if (!matches(entry, result)) return;
      matchCounts[i]!++;
      if (applied === undefined && !expired[i]) applied = i;
    });
    if (applied === undefined) return result;
    suppressed++;
    const entry = file.entries[applied]!;
    return { ...result, suppression: { reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}), entry: applied } };
  });
  const report: SuppressionsReport = {
    source: file.source,
    suppressed,
    expired: file.entries.flatMap((e, index) => (expired[index] ? [{ ...e, index, matches: matchCounts[index]! }] : [])),
    unused: file.entries.flatMap((e, index) => (!expired[index] && matchCounts[index] === 0 ? [{ ...e, index }] : [])),
  };
  return { ...evaluation, results, suppressions: report };
}
