/**
 * `findings.json` (see findings-document.ts): stable ordering, two-space indentation with
 * one result per line, written result by result (`findingsJsonChunks`) so that a large
 * account's document is never one string.
 */
import type { RuleResult } from '../engine/types.ts';
import { resultFingerprint } from '../postprocess/fingerprint.ts';
import { FINDINGS_SCHEMA_ID, FINDINGS_SCHEMA_VERSION, type FindingsDocument, type FindingsResult } from './findings-document.ts';
import { failuresByService, type ReportInput } from './input.ts';
import { joinChunks, jsonChunks, streamed, type StreamedArray } from './json-stream.ts';

function* findingsResults(results: readonly RuleResult[]): Generator<FindingsResult> {
  for (const r of results) yield { fingerprint: resultFingerprint(r.ruleId, r.resource.id), ...r };
}

export function buildFindingsDocument(input: ReportInput): FindingsDocument {
  return { ...findingsDocument(input), results: [...findingsResults(input.evaluation.results)] };
}

/** The document with its results still to be produced (in the document's key order). */
function findingsDocument(input: ReportInput): Omit<FindingsDocument, 'results'> & { results: StreamedArray } {
  const { evaluation, snapshot } = input;
  const s = snapshot.scan;
  return {
    $schema: FINDINGS_SCHEMA_ID,
    schemaVersion: FINDINGS_SCHEMA_VERSION,
    tool: { name: 'cryptoposture', version: snapshot.tool.version },
    scan: {
      id: s.id,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      caller: s.caller,
      partition: s.partition,
      ...(s.endpoint !== undefined ? { endpoint: s.endpoint } : {}),
      accounts: s.accounts,
      regions: s.regions,
      services: s.services,
      complete: s.complete,
      unfinished: s.unfinished,
    },
    evaluatedAt: evaluation.evaluatedAt,
    rules: evaluation.rules,
    results: streamed(findingsResults(evaluation.results)),
    gaps: snapshot.gaps,
    summary: {
      byStatus: evaluation.summary.byStatus,
      failuresBySeverity: evaluation.summary.failuresBySeverity,
      failuresByService: failuresByService(input),
      suppressed: evaluation.results.filter((r) => r.suppression !== undefined).length,
    },
    ...(evaluation.baseline ? { baseline: evaluation.baseline } : {}),
    ...(evaluation.suppressions ? { suppressions: evaluation.suppressions } : {}),
    ...(evaluation.provenance ? { provenance: evaluation.provenance } : {}),
  };
}

export function* findingsJsonChunks(input: ReportInput): Generator<string> {
  yield* jsonChunks(findingsDocument(input));
  yield '\n';
}

export function renderJson(input: ReportInput): string {
  return joinChunks(findingsJsonChunks(input));
}
