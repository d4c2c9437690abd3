/** `findings.json` (see findings-document.ts): stable ordering, two-space indentation. */
import { resultFingerprint } from '../postprocess/fingerprint.ts';
import { FINDINGS_SCHEMA_ID, FINDINGS_SCHEMA_VERSION, type FindingsDocument } from './findings-document.ts';
import { failuresByService, type ReportInput } from './input.ts';

export function buildFindingsDocument(input: ReportInput): FindingsDocument {
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
    results: evaluation.results.map((r) => ({ fingerprint: resultFingerprint(r.ruleId, r.resource.id), ...r })),
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

export function renderJson(input: ReportInput): string {
  return `${JSON.stringify(buildFindingsDocument(input), null, 2)}\n`;
}
